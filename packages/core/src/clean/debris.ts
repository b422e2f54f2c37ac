import type { Repair } from './edits.ts';
import { isFunctionWord } from './words.ts';

// `[y]`, `[ ]`, `()`: one or two lowercase letters that are no word, or nothing, in brackets.
// `[sic]`, `[is]`, `[Kim Jong-un]` are editorial insertions and stay.
const DEBRIS_RE = /[ \t]?(?:\[(?:[a-z]{1,2}|[ \t]*)\]|\([ \t]*\))(?=[\s.,;:!?"”’)]|$)/g;

/**
 * Remove bracket debris left by translation or markup: `'planning some meeting.” [y] “Based'` ->
 * `'planning some meeting.” “Based'`.
 *
 * @example
 * repairDebris('a meeting. [y] Then')[0]?.start; // 10: the space and `[y]` go
 */
export function repairDebris(text: string): Repair[] {
  // `[is]`, `[a]`, `[to]` are words an editor inserted, not debris.
  const debris = [...text.matchAll(DEBRIS_RE)].filter((match) => !isFunctionWord(match[0].replace(/[\s[\]()]/g, '')));
  return debris.map((match) => ({
    kind: 'debris' as const,
    rule: 'bracket-debris',
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    after: '',
    confidence: 0.9,
    evidence: `'${match[0].trim()}' carries no words`,
  }));
}
