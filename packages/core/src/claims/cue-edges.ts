import type { Span } from '../model/index.ts';
import { isFree, isFiniteVerb, isSpeechWord, type SentenceWords } from './sentence-words.ts';

const FINAL_PUNCTUATION_RE = /^[.!?]+$/;
// `said the crew was working`, `said on Monday that …`: the reported words start after `that`.
const THAT_WINDOW = 5;
// A relative clause inside a trailing cue (`said the firm, which manages the ship`) may hold verbs.
const RELATIVE_RE = /^(?:which|who|whose)$/i;
const MAX_TAIL_TOKENS = 24;
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);
const SUBJECT_WINDOW = 8;
const BARE_AND_RE = /^\s+and\s+$/;

/**
 * Where a trailing attribution starts (`…, the state's governor said.`): the index of the comma
 * before a speech cue that runs to the end of the clause with no other verb of its own, else `to`.
 *
 * @example
 * trailingCue(words, 0, 14, cues); // 9: `, officials said.` credits the whole sentence
 */
export function trailingCue(words: SentenceWords, from: number, to: number, cues: readonly Span[]): number {
  const { tokens } = words;
  for (let comma = from + 2; comma < to - 1; comma++) {
    if (tokens[comma]?.text !== ',' || !isFree(words, comma)) continue;
    const first = tokens[comma + 1];
    const cue = first ? cues.find((c) => c.start === first.start) : undefined;
    if (!cue || to - comma > MAX_TAIL_TOKENS) continue;
    if (isCueOnly(words, comma + 1, to, cue)) return comma;
  }
  return to;
}

/**
 * Where the reported words start when the clause opens with a speech cue (`Moore said the crew
 * issued …` -> the index of `the`), else `from`.
 *
 * @example
 * leadingCue(words, 0, 20, cues); // 4
 */
export function leadingCue(words: SentenceWords, from: number, to: number, cues: readonly Span[]): number {
  const { tokens } = words;
  const first = tokens[from];
  const cue = first ? cues.find((c) => c.start === first.start) : undefined;
  if (!cue) return from;
  let after = from;
  while (after < to && (tokens[after]?.end ?? Infinity) <= cue.end) after++;
  if (!isSpeechWord(tokens[after - 1])) return from;
  // `denied the charges, saying that …`: the `that` past a comma is another verb's.
  for (let k = after; k < Math.min(to, after + THAT_WINDOW) && tokens[k]?.text !== ','; k++) {
    if (tokens[k]?.lemma === 'that' && isFree(words, k)) return k + 1;
  }
  // The reported words are a clause of their own: a subject of a few words, then its verb
  // (`said the crew issued …`, not `declared three days of mourning and ordered …`).
  for (let k = after; k < Math.min(to, after + SUBJECT_WINDOW); k++) {
    const token = tokens[k];
    if (k > after && isFiniteVerb(token) && isFree(words, k)) return after;
    if (!token || !SUBJECT_POS.has(token.pos)) return from;
  }
  return from;
}

/** The words from `start` to `to` hold the cue and nothing that states more (a relative aside aside). */
function isCueOnly(words: SentenceWords, start: number, to: number, cue: Span): boolean {
  const { tokens } = words;
  for (let k = start; k < to; k++) {
    const token = tokens[k];
    if (!token) continue;
    if (RELATIVE_RE.test(token.text) && tokens[k - 1]?.text === ',') return true;
    if (token.end <= cue.end) continue;
    if (FINAL_PUNCTUATION_RE.test(token.text) && k === to - 1) return true;
    if (!isFree(words, k) || (isFiniteVerb(token) && !isSpeechWord(token))) return false;
  }
  return true;
}

/** Where a clause sits in its sentence for {@link carriedReport}: its tokens `[from, to)` and character joint before it. */
export interface ClauseEdges {
  from: number;
  to: number;
  /** The characters between the previous clause and this one (`' and '`). */
  joint: string;
}

/**
 * The reporting words a clause borrows from the clause before it: `Officials said 64 had died and
 * 210 had been injured` reports both counts. Only across a bare `and`, and only when the clause
 * names no source of its own; `reporting` holds the previous clause's leading `X said` (or what it
 * borrowed itself).
 *
 * @example
 * carriedReport(words, { from: 6, to: 11, joint: ' and ' }, [0, 1], cues); // [0, 1]
 */
export function carriedReport(words: SentenceWords, clause: ClauseEdges, reporting: readonly number[], cues: readonly Span[]): number[] {
  if (reporting.length === 0 || !BARE_AND_RE.test(clause.joint)) return [];
  const start = words.tokens[clause.from]?.start ?? Infinity;
  const end = words.tokens[clause.to - 1]?.end ?? -Infinity;
  return cues.some((c) => c.start >= start && c.start < end) ? [] : [...reporting];
}
