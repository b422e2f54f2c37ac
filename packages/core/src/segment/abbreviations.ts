import { AMBIGUOUS, NEVER_FINAL, TITLES } from './lexicon.ts';

const TIME_RE = /^[ap]\.m$/iu;
const TIME_PREFIX_RE = /^[ap]\.$/iu;
// `U.S`, `E.U`, `U.S.A`, `Ph.D`: letters joined by full stops.
const DOTTED_RE = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
const SINGLE_LETTER_RE = /^\p{L}$/u;
// `Bldg`, `Pkwy`, `Mgmt`: a capitalised word without a vowel is an abbreviation nobody listed.
const NO_VOWEL_RE = /^[B-DF-HJ-NP-TV-Z][bcdfghjklmnpqrstvwxz]{1,4}$/u;
const STREET_RE = /^(?:St|st)$/u;
const NAME_OR_NUMBER_RE = /^[\p{Lu}\p{N}]/u;

/**
 * How the word before a full stop behaves: `title` (`Gen.`) and `never` (`e.g.`) never end a sentence,
 * `ambiguous` (`Inc.`, `U.S.`, initials) ends one only before a sentence opener, `time` is a.m./p.m.
 *
 * @example
 * abbreviationKind('U.S') // 'ambiguous'
 */
export function abbreviationKind(stem: string, previous = ''): 'title' | 'never' | 'ambiguous' | 'time' | 'none' {
  if (TIME_RE.test(stem) || (/^m$/iu.test(stem) && TIME_PREFIX_RE.test(previous))) return 'time';
  // `St. Louis` is a title, `5th St.` and `Main St.` a street that may end the sentence.
  if (STREET_RE.test(stem)) return NAME_OR_NUMBER_RE.test(previous) ? 'ambiguous' : 'title';
  if (TITLES.has(stem)) return 'title';
  if (NEVER_FINAL.has(stem)) return 'never';
  if (AMBIGUOUS.has(stem) || DOTTED_RE.test(stem) || SINGLE_LETTER_RE.test(stem)) return 'ambiguous';
  return NO_VOWEL_RE.test(stem) ? 'ambiguous' : 'none';
}
