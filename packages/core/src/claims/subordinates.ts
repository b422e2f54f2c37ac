import { isFree, isFiniteVerb, isGerund, type SentenceWords } from './sentence-words.ts';

/** A stretch of a sentence's tokens `[from, to)` to cut claims from. */
export interface Part {
  from: number;
  to: number;
  kind: 'clause' | 'complement' | 'subordinate';
  /** Where the part's own statement starts (after a leading `X said (that)`). */
  body: number;
  /** Tokens whose modality the part inherits: the verb that reports it. */
  governing: number[];
}

// Conjunctions whose clause states a fact of its own: `dead after a ship struck the bridge`,
// `as rescuers searched`. `when` is left whole (`was leaving port when it struck` is one event), and
// so are `since` and `until`, which often date a noun (`the first ballots since the conflict ended`).
const SUBORDINATORS = new Set(['after', 'before', 'as', 'because', 'although', 'though']);
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);
const SUBJECT_PRONOUN_RE = /^(?:he|she|it|they|we|i|you|this|that|these|those)$/i;
const MAX_SUBJECT = 6;
const MIN_PART = 3;

/**
 * Cut reported speech with two complements: `X said A and that B` -> `X said A` and `B`, the second
 * inheriting the reporting words.
 *
 * @example
 * splitReported(words, part); // [{ from: 0, to: 12, … }, { from: 14, to: 25, kind: 'complement', … }]
 */
export function splitReported(words: SentenceWords, part: Part): Part[] {
  if (part.body === part.from) return [part];
  const { tokens } = words;
  for (let k = part.body + MIN_PART; k < part.to - MIN_PART; k++) {
    if (tokens[k]?.lemma !== 'and' || tokens[k + 1]?.lemma !== 'that' || !isFree(words, k)) continue;
    const end = tokens[k - 1]?.text === ',' ? k - 1 : k;
    const governing = range(part.from, part.body);
    return [
      { ...part, to: end },
      ...splitReported(words, { from: k + 2, to: part.to, kind: 'complement', body: k + 2, governing }),
    ];
  }
  return [part];
}

/**
 * Cut a clause at a subordinate clause with its own subject and verb: `Six workers are presumed dead
 * after a ship struck the bridge` -> `Six workers are presumed dead` and `a ship struck the bridge`.
 * `after leaving port` (no subject) and `as early as Tuesday` (no verb) stay whole.
 *
 * @example
 * splitSubordinate(words, part); // [{ from: 0, to: 5, … }, { from: 6, to: 14, kind: 'subordinate', … }]
 */
export function splitSubordinate(words: SentenceWords, part: Part): Part[] {
  const { tokens } = words;
  for (let k = part.body + MIN_PART; k < part.to - MIN_PART; k++) {
    const token = tokens[k];
    if (!token || !SUBORDINATORS.has(token.text.toLowerCase()) || !isFree(words, k)) continue;
    if (!opensClause(words, k + 1, part.to) || inNonFinitePhrase(words, part.body, k)) continue;
    if (!range(part.body, k).some((i) => isFiniteVerb(tokens[i]))) continue;
    // `, shortly after …`: the comma and the adverb go with the cut.
    let end = k;
    while (end > part.body && (tokens[end - 1]?.text === ',' || tokens[end - 1]?.pos === 'ADV')) end--;
    if (end - part.from < MIN_PART) continue;
    const right = { from: k + 1, to: part.to, kind: 'subordinate' as const, body: k + 1, governing: part.governing };
    return [{ ...part, to: end }, ...splitSubordinate(words, right)];
  }
  return [part];
}

/**
 * `…, pouncing on a loose ball after Shearer's shot was blocked`: a subordinate inside an `-ing` or
 * participle phrase belongs to it, not to the clause.
 */
function inNonFinitePhrase(words: SentenceWords, body: number, marker: number): boolean {
  const { tokens } = words;
  const end = tokens[marker - 1]?.text === ',' ? marker - 1 : marker;
  let start = end;
  while (start > body && !(tokens[start - 1]?.text === ',' && isFree(words, start - 1))) start--;
  const first = tokens[start];
  return start > body && first?.pos === 'VERB' && !isFiniteVerb(first);
}

/** A subject of a few words, then a verb that carries tense: `a container ship lost`, `it was`. */
function opensClause(words: SentenceWords, from: number, to: number): boolean {
  const { tokens } = words;
  const first = tokens[from];
  if (!first || isGerund(first) || (first.pos === 'PRON' && !SUBJECT_PRONOUN_RE.test(first.text))) return false;
  for (let k = from; k < Math.min(to, from + MAX_SUBJECT + 1); k++) {
    const token = tokens[k];
    if (!token || !isFree(words, k)) return false;
    // `after the opportunity offered by …`: a participle with its agent is no verb of a clause.
    if (k > from && isFiniteVerb(token)) return tokens[k + 1]?.lemma !== 'by' || token.pos === 'AUX';
    if (!SUBJECT_POS.has(token.pos) && !(token.text === '-' && k > from)) return false;
  }
  return false;
}

/** The integers `[from, to)`. */
export function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
