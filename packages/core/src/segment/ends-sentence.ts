// The decision at one candidate: does this terminal punctuation end the sentence?
import { abbreviationKind } from './abbreviations.ts';
import { isQuoteAttribution } from './attribution.ts';
import { ellipsisEnds } from './ellipsis.ts';
import { BEFORE_NUMBER, SENTENCE_STARTERS, TIME_CONTINUATIONS } from './lexicon.ts';
import { isListMarker } from './lists.ts';
import { bareWord, parseEnding, startsLowercase, type Token } from './tokens.ts';

const DIGIT_START_RE = /^\p{N}/u;
const TIME_ZONE_RE = /^(?:[A-Z]{1,4}T|UTC)$/u;
// `[y]`, `[1]`: editorial debris between sentences hides the next word.
const EDITORIAL_RE = /^\[[^\]]{0,20}\]$/u;
// `At 5 a.m. Mr. Smith went`: a time this close to the sentence start opens it, it cannot close it.
const INTRODUCTORY_TOKENS = 4;
const MAX_MARKER_TOKENS = 2;
const INITIAL_RE = /^\p{Lu}\.$/u;

export interface Candidate {
  tokens: readonly Token[];
  /** Index of the token that carries the terminal punctuation. */
  at: number;
  /** That token's text after any sentence end glued inside it: `Tuesday.Mr.` -> `Mr.`. */
  word: string;
  /** Closing marks detached from the token (`great. ”`), which belong to the candidate. */
  detachedClosers: string;
  /** Index of the first token after the candidate. */
  next: number;
  /** Index of the first token of the sentence the candidate would close. */
  sentenceStart: number;
  /** A newline follows a full stop in an unwrapped block: ambiguous abbreviations end there. */
  atLineEnd: boolean;
}

/**
 * Whether the terminal punctuation at a candidate ends its sentence.
 *
 * @example
 * endsSentence({ tokens, at: 3, word: 'U.S.', detachedClosers: '', next: 4, sentenceStart: 0, atLineEnd: false })
 */
export function endsSentence(candidate: Candidate): boolean {
  const ending = parseEnding(candidate.word);
  if (!ending) return false;
  const next = candidate.tokens[candidate.next];
  if (!next) return true;
  if (EDITORIAL_RE.test(next.text) && candidate.tokens[candidate.next + 1]) {
    return endsSentence({ ...candidate, next: candidate.next + 1 });
  }
  // `Co. at noon`, `“This is great.” she said`, `(… as an engineer.) at the`, `Yahoo! in`.
  if (startsLowercase(next.text)) return false;
  if (isQuoteAttribution(ending.closers + candidate.detachedClosers, candidate.tokens, candidate.next)) return false;
  if (/[!?]/u.test(ending.run)) return true;
  const nextWord = bareWord(next.text);
  if (ending.run !== '.') return ellipsisEnds(ending.run, nextWord, candidate.atLineEnd);
  return fullStopEnds(candidate, ending.stem, nextWord);
}

function fullStopEnds(candidate: Candidate, stem: string, nextWord: string): boolean {
  const { tokens, at, sentenceStart } = candidate;
  // `1. The first item`: a list marker opening the sentence is not a sentence.
  if (isListMarker(tokens[sentenceStart]?.text ?? '') && onlyListMarkers(tokens, sentenceStart, at)) return false;
  const beforeNumber = DIGIT_START_RE.test(nextWord);
  if (beforeNumber && BEFORE_NUMBER.has(stem)) return false;
  switch (abbreviationKind(stem, tokens[at - 1]?.text)) {
    case 'title':
    case 'never':
      return false;
    case 'time':
      return timeEnds(candidate, nextWord);
    case 'ambiguous':
      // `the U.S. Government` goes on, `the U.S. How about you?` ends; a line end settles it.
      return !beforeNumber && (candidate.atLineEnd || opensSentence(tokens[candidate.next]?.text ?? '', nextWord));
    case 'none':
      return true;
  }
}

// `The`, `He`, but not the initial in `J. A. Smith`.
function opensSentence(token: string, word: string): boolean {
  return SENTENCE_STARTERS.has(word) && !INITIAL_RE.test(token);
}

// `• 9.` is as long as an item's marker gets.
function onlyListMarkers(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from >= MAX_MARKER_TOKENS) return false;
  for (let k = from; k <= to; k++) if (!isListMarker(tokens[k]?.text ?? '')) return false;
  return true;
}

function timeEnds(candidate: Candidate, nextWord: string): boolean {
  if (candidate.at - candidate.sentenceStart < INTRODUCTORY_TOKENS) return false;
  if (TIME_CONTINUATIONS.has(nextWord) || TIME_ZONE_RE.test(nextWord)) return false;
  // `10 a.m. Moscow time`
  return bareWord(candidate.tokens[candidate.next + 1]?.text ?? '') !== 'time';
}
