import type { Repair } from './edits.ts';
import { isFunctionWord } from './words.ts';

// `[y]`, `[por]`, `[ ]`, `()`: a few lowercase letters, or nothing, in brackets, standing apart from
// the word before (`senator[s]` is an editor's ending). `[Kim Jong-un]` and `[1]` stay.
const DEBRIS_RE = /[ \t]?(?<![\p{L}\p{N}])(?:\[(?<letters>[a-z]{1,3}|[ \t]*)\]|\([ \t]*\))(?=[\s.,;:!?"”’)]|$)/gu;
// Editorial marks in brackets: `[sic]`, `[sp]`, `[ed]`.
const EDITORIAL = new Set(['sic', 'sp', 'ed', 'eds']);

/**
 * Remove bracket debris left by translation or markup: `'planning some meeting.” [y] “Based'` ->
 * `'planning some meeting.” “Based'`. A bracketed word stays when an editor may have put it there:
 * an English function word (`[is]`, `[a]`), an editorial mark (`[sic]`), or, at three letters, a
 * word the corpus uses outside brackets (`vocabulary`).
 *
 * @example
 * repairDebris('a meeting. [y] Then')[0]?.start; // 10: the space and `[y]` go
 */
export function repairDebris(text: string, vocabulary: ReadonlySet<string> = new Set()): Repair[] {
  const debris = [...text.matchAll(DEBRIS_RE)].filter((match) => isDebris(match.groups?.letters?.trim() ?? '', vocabulary));
  return debris.map((match) => ({
    kind: 'debris' as const,
    rule: 'bracket-debris',
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    after: '',
    confidence: (match.groups?.letters?.length ?? 0) === 3 ? 0.75 : 0.9,
    evidence: `'${match[0].trim()}' carries no words`,
  }));
}

function isDebris(letters: string, vocabulary: ReadonlySet<string>): boolean {
  if (letters === '') return true;
  // One letter: only `a` is an English word in lowercase (`i` is written `I`).
  if (letters.length === 1) return letters !== 'a';
  if (isFunctionWord(letters) || EDITORIAL.has(letters)) return false;
  return letters.length === 2 || !vocabulary.has(letters);
}
