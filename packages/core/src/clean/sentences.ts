import type { Repair } from './edits.ts';

// `parts of Ukraine. in 2022.`: a full stop after a word, then a lowercase word.
const LOWERCASE_AFTER_STOP_RE = /([\p{L}\p{N}][\p{L}\p{N}’'-]*)\.([ \t]+)(\p{Ll}[\p{L}’'-]*)/gu;
// Abbreviations that a lowercase word may follow (`etc. are`, `approx. two`).
const ABBREVIATIONS = new Set(
  (
    'etc vs approx incl esp est dept govt no nos fig figs vol vols pp ed eds ca viz misc jr sr st mt ft inc ltd co corp bros ' +
    'ave rd blvd jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun min max hr hrs ' +
    'sec secs km kg lb lbs oz mph am pm cf al ie eg op cit ibid'
  ).split(' '),
);
// Lowercase words that start a sentence by design or follow a stop in addresses.
const LOWERCASE_STARTS = new Set(['iphone', 'ipad', 'ipod', 'ebay', 'com', 'org', 'net', 'co', 'uk', 'html']);

/**
 * Join a sentence broken by a stray full stop before a lowercase continuation:
 * `'parts of Ukraine. in 2022.'` -> `'parts of Ukraine in 2022.'`. After abbreviations it stays.
 *
 * @example
 * repairSentences('to Ukraine. in 2022.')[0]?.rule; // 'lowercase-continuation'
 */
export function repairSentences(text: string): Repair[] {
  const repairs: Repair[] = [];
  for (const match of text.matchAll(LOWERCASE_AFTER_STOP_RE)) {
    const [, word = '', , next = ''] = match;
    const at = (match.index ?? 0) + word.length;
    if (word.length < 2 || ABBREVIATIONS.has(word.toLowerCase()) || LOWERCASE_STARTS.has(next.toLowerCase())) continue;
    if (/\.\p{L}*$/u.test(text.slice(Math.max(0, (match.index ?? 0) - 3), match.index ?? 0))) continue; // `e.g.`, `a.m.`
    repairs.push({
      kind: 'sentence',
      rule: 'lowercase-continuation',
      start: at,
      end: at + 1,
      after: '',
      confidence: 0.85,
      evidence: `a full stop before the lowercase '${next}' breaks the sentence`,
    });
  }
  return repairs;
}
