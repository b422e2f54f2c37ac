import type { Repair } from './edits.ts';
import { pairKey, type PhraseCounts } from './phrase-counts.ts';
import { isFunctionWord } from './words.ts';

// `the Russian defense. Minister Sergei Shoigu`: a full stop between two words of a phrase.
const STOP_BEFORE_CAPITAL_RE = /(?<![\p{L}\p{N}.])(\p{L}[\p{L}’'-]*\p{L})\.([ \t])(\p{Lu}[\p{L}’'-]*)/gu;
// The corpus must write the phrase this often, mostly use its first word in it (`prime` in `Prime
// Minister`, not `giant` in `oil giant Yukos`), and end a sentence on that word rarely.
const MIN_PAIRS = 2;
const MIN_PAIR_SHARE = 0.5;
const MAX_END_SHARE = 0.1;
// Titles written with a full stop: `Mr. Blair` is no broken phrase.
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'rev', 'gov', 'sen', 'rep', 'st', 'mt', 'jr', 'sr', 'messrs']);

/**
 * Remove a full stop that splits a phrase the corpus writes whole: `'defense. Minister'` when
 * `Defense Minister` occurs twice or more, holds most uses of `defense`, and `defense` almost never
 * ends a sentence.
 * `'said. Mr'` stays: `said` ends sentences all the time.
 *
 * @example
 * repairPhraseStops('the Prime. Minister said', counts)[0]?.rule; // 'stop-inside-phrase'
 */
export function repairPhraseStops(text: string, counts: PhraseCounts): Repair[] {
  const repairs: Repair[] = [];
  for (const match of text.matchAll(STOP_BEFORE_CAPITAL_RE)) {
    const [, first = '', , second = ''] = match;
    if (isFunctionWord(first) || isFunctionWord(second) || TITLES.has(first.toLowerCase())) continue;
    const pairs = counts.pairs.get(pairKey(first, second)) ?? 0;
    if (pairs < MIN_PAIR_SHARE * (counts.words.get(first.toLowerCase()) ?? 0)) continue;
    // This stop counts once among the sentence ends: the others are the evidence.
    const ends = Math.max(0, (counts.sentenceEnds.get(first.toLowerCase()) ?? 0) - 1);
    if (pairs < MIN_PAIRS || ends > MAX_END_SHARE * pairs) continue;
    const at = (match.index ?? 0) + first.length;
    repairs.push({
      kind: 'sentence',
      rule: 'stop-inside-phrase',
      start: at,
      end: at + 1,
      after: '',
      confidence: 0.8,
      evidence: `the corpus writes '${first} ${second}' ${pairs} times and ends a sentence on '${first}' ${ends === 0 ? 'nowhere else' : `${ends} other time(s)`}`,
    });
  }
  return repairs;
}
