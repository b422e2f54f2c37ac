import { SENTENCE_STARTERS, SPEECH_VERBS, TITLES } from './lexicon.ts';
import { bareWord, startsUppercase, type Token } from './tokens.ts';

const QUOTE_RE = /["'”’»]/u;
// The attribution must end at its verb: `Kim said.` or `Kim said, adding…`, not `Kim said the…`.
const VERB_END_RE = /[.,]$/u;
const MAX_NAME_WORDS = 3;

/**
 * True when a closed quotation is followed by its attribution, which belongs to the same sentence:
 * `“It is over.” Kim said.` A pronoun, or more after the verb, opens a new sentence: `“Go.” Kim said he…`
 *
 * @example
 * isQuoteAttribution('”', tokenize('“Go.” Mr. Kim said.'), 2) // true
 */
export function isQuoteAttribution(closers: string, tokens: readonly Token[], next: number): boolean {
  if (!QUOTE_RE.test(closers)) return false;
  for (let j = next; j <= next + MAX_NAME_WORDS; j++) {
    const text = tokens[j]?.text ?? '';
    const word = bareWord(text);
    if (SPEECH_VERBS.has(word)) return j > next && VERB_END_RE.test(text);
    const isName = startsUppercase(word) && !SENTENCE_STARTERS.has(word);
    if (!isName && !TITLES.has(word)) return false;
  }
  return false;
}
