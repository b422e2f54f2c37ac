import type { Span } from '../model/index.ts';
import type { Token } from './nlp.ts';

// Where two independent clauses meet: `; `, `, but `, `, while `, `, and ` (the last only before a
// new subject and verb: `A fell, and B rose` splits, `A fell and rose` does not).
const JOINT_RE = /;\s+|,\s+(?:but|while|whereas|and|yet)\s+|\s+but\s+/g;
const SUBJECT_POS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'NUM']);
const PREDICATE_POS = new Set(['VERB', 'AUX']);
const SUBJECT_WINDOW = 5;
const MIN_CLAUSE_TOKENS = 4;

/**
 * Split a sentence into its independent clauses: at most one split, never inside a quote, and
 * only where both sides have a subject and a verb of their own.
 *
 * @example
 * splitClauses(text, tokens, { start: 0, end: text.length }, []); // [{start: 0, end: 21}, {start: 27, end: 48}]
 */
export function splitClauses(
  text: string,
  tokens: readonly Token[],
  sentence: Span,
  quotes: readonly Span[],
): Span[] {
  const slice = text.slice(sentence.start, sentence.end);
  for (const match of slice.matchAll(JOINT_RE)) {
    const at = sentence.start + match.index;
    const rightStart = at + match[0].length;
    if (quotes.some((q) => q.start - 1 <= at && at <= q.end + 1)) continue;
    const left = tokens.filter((t) => t.start >= sentence.start && t.end <= at);
    const right = tokens.filter((t) => t.start >= rightStart && t.end <= sentence.end);
    if (!isClause(left, false) || !isClause(right, true)) continue;
    return [{ start: sentence.start, end: at }, { start: rightStart, end: sentence.end }];
  }
  return [sentence];
}

/** A clause has a verb; a right-hand clause must open with its own subject. */
function isClause(tokens: readonly Token[], needsSubjectFirst: boolean): boolean {
  if (tokens.length < MIN_CLAUSE_TOKENS || !tokens.some((t) => PREDICATE_POS.has(t.pos))) return false;
  if (!needsSubjectFirst) return true;
  if (!SUBJECT_POS.has(tokens[0]?.pos ?? '')) return false;
  return tokens.slice(1, SUBJECT_WINDOW + 1).some((t) => PREDICATE_POS.has(t.pos));
}
