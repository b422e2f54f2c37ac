import { SENTENCE_STARTERS, SPEECH_VERBS, TITLES } from './lexicon.ts';
import { bareWord, startsUppercase, type Token } from './tokens.ts';

const QUOTE_RE = /["'”’»]/u;
const MAX_NAME_WORDS = 3;

/**
 * True when a closed quotation is followed by its attribution, which belongs to the same sentence:
 * `“It is over.” Kim said.` A pronoun opens a new sentence instead: `“It is over.” He said more.`
 *
 * @example
 * isQuoteAttribution('”', tokenize('“Go.” Mr. Kim said.'), 2) // true
 */
export function isQuoteAttribution(closers: string, tokens: readonly Token[], next: number): boolean {
  if (!QUOTE_RE.test(closers)) return false;
  for (let j = next; j <= next + MAX_NAME_WORDS; j++) {
    const word = bareWord(tokens[j]?.text ?? '');
    if (SPEECH_VERBS.has(word)) return j > next;
    const isName = startsUppercase(word) && !SENTENCE_STARTERS.has(word);
    if (!isName && !TITLES.has(word)) return false;
  }
  return false;
}
