import { wordSpans, type WordSpan } from './text-units.ts';
import { isFunctionWord } from './words.ts';

/** A word-level difference between two aligned sentences: `an imaginable` against `a possible`. */
export interface WordGap {
  /** Words of the first sentence in the gap. */
  left: WordSpan[];
  /** Words of the second sentence in the gap. */
  right: WordSpan[];
}

// `a`/`an` change with the next word: the same article either way.
const key = (word: string): string => {
  const lower = word.toLowerCase();
  return lower === 'an' ? 'a' : lower;
};

/** Content words: not function words, not numbers, three letters or more. */
export function isContentWord(word: string): boolean {
  return word.length >= 3 && !isFunctionWord(word) && !/\d/.test(word);
}

/**
 * Replaced runs of one to three words between two sentences, held in place by matching words on
 * both sides, or on one side where both sentences start or end with the run (a longest-common-
 * subsequence alignment).
 * `'an imaginable meeting between'` / `'a possible meeting between'` -> one gap, imaginable/possible.
 */
export function wordGaps(left: string, right: string, leftOffset = 0, rightOffset = 0): WordGap[] {
  const a = wordSpans(left, leftOffset);
  const b = wordSpans(right, rightOffset);
  const ka = a.map((w) => key(w.text));
  const kb = b.map((w) => key(w.text));
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lcs[i] ?? [];
    const below = lcs[i + 1] ?? [];
    for (let j = b.length - 1; j >= 0; j--) row[j] = ka[i] === kb[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
  }
  const gaps: WordGap[] = [];
  let i = 0;
  let j = 0;
  let anchored = false;
  let gap: WordGap = { left: [], right: [] };
  while (i < a.length && j < b.length) {
    if (ka[i] === kb[j]) {
      // A gap before the first match counts when both sentences open with it: `However` / `Nevertheless`.
      if ((anchored || (gap.left.length > 0 && gap.right.length > 0)) && (gap.left.length > 0 || gap.right.length > 0)) gaps.push(gap);
      gap = { left: [], right: [] };
      anchored = true;
      i += 1;
      j += 1;
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) {
      gap.left.push(a[i] as WordSpan);
      i += 1;
    } else {
      gap.right.push(b[j] as WordSpan);
      j += 1;
    }
  }
  // Both sentences end with words the other lacks: `he said.` / `he stated.`
  gap.left.push(...a.slice(i));
  gap.right.push(...b.slice(j));
  if (anchored && gap.left.length > 0 && gap.right.length > 0) gaps.push(gap);
  return gaps.filter((g) => g.left.length >= 1 && g.left.length <= 3 && g.right.length >= 1 && g.right.length <= 3);
}
