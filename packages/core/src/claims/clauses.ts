import type { Span } from '../model/index.ts';
import type { Token } from './nlp.ts';

// Where two independent clauses meet: `; `, `, but `, `, while `, `, and `, and a bare ` and ` (the
// `and`s only before a new subject and verb: `A fell, and B rose` splits, `A fell and rose` does not).
const JOINT_RE = /;\s+|,\s+(?:but|while|whereas|and|yet)\s+|\s+(?:but|and)\s+/g;
const BARE_AND_RE = /^\s+and\s+$/;
const SUBJECT_POS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'NUM']);
const PREDICATE_POS = new Set(['VERB', 'AUX']);
// A bare `and` after a noun usually joins two nouns (`said their citizens and workers were …`).
const NOMINAL_END_POS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON', 'DET']);
const SUBJECT_PRONOUN_RE = /^(?:he|she|it|they|we|i)$/i;
const SUBJECT_WINDOW = 5;
const MIN_CLAUSE_TOKENS = 4;
const MIN_BARE_TOKENS = 2;

/**
 * Split a sentence into its independent clauses, never inside a quote, and only where both sides
 * have a subject and a verb of their own: `Two were rescued and six remain missing` is two clauses.
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
  const clauses: Span[] = [];
  let start = sentence.start;
  for (const match of slice.matchAll(JOINT_RE)) {
    const at = sentence.start + match.index;
    const rightStart = at + match[0].length;
    if (at < start || quotes.some((q) => q.start - 1 <= at && at <= q.end + 1)) continue;
    const left = tokens.filter((t) => t.start >= start && t.end <= at);
    const right = tokens.filter((t) => t.start >= rightStart && t.end <= sentence.end);
    const bare = BARE_AND_RE.test(match[0]);
    if (!isClause(left, false, bare) || !isClause(right, true, bare)) continue;
    if (bare && NOMINAL_END_POS.has(left.at(-1)?.pos ?? '') && !opensOwnClause(right)) continue;
    // `after stop and search figures showed`: a bare verb before `and` is half of a compound.
    if (bare && isBaseVerb(left.at(-1))) continue;
    clauses.push({ start, end: at });
    start = rightStart;
  }
  clauses.push({ start, end: sentence.end });
  return clauses;
}

/**
 * After a noun, a bare `and` usually joins two nouns (`North Korea and Russia were holding …`); it
 * opens a clause only before a pronoun or a bare number that is the subject (`and two remain in hospital`).
 */
function opensOwnClause(right: readonly Token[]): boolean {
  const [first, second] = right;
  if (SUBJECT_PRONOUN_RE.test(first?.text ?? '')) return true;
  return first?.pos === 'NUM' && (second?.pos === 'AUX' || second?.pos === 'VERB');
}

function isBaseVerb(token: Token | undefined): boolean {
  return token?.pos === 'VERB' && token.text.toLowerCase() === token.lemma;
}

/** A clause has a verb; a right-hand clause must open with its own subject. */
function isClause(tokens: readonly Token[], needsSubjectFirst: boolean, bare: boolean): boolean {
  const minimum = bare ? MIN_BARE_TOKENS : MIN_CLAUSE_TOKENS;
  if (tokens.length < minimum || !tokens.some((t) => PREDICATE_POS.has(t.pos))) return false;
  if (!needsSubjectFirst) return true;
  if (!SUBJECT_POS.has(tokens[0]?.pos ?? '')) return false;
  // A bare `and` needs its subject right before a verb that carries tense (`six remain`, `he left`).
  const window = bare ? 3 : SUBJECT_WINDOW + 1;
  return tokens.slice(1, window).some((t) => PREDICATE_POS.has(t.pos));
}
