import type { EditKind, OutletSummary, SegmentedArticle } from '../model/index.ts';
import { compareStrings } from './order.ts';

/**
 * Share of an article's raw text the cleaner changed, 0..1: each edit counts the longer of what it
 * removed and what it wrote.
 *
 * @example
 * articleNoise(article); // 0.04 when 4% of the characters were repaired
 */
export function articleNoise(article: SegmentedArticle): number {
  const length = article.article.body.length;
  if (length === 0) return 0;
  let changed = 0;
  for (const edit of article.edits) changed += Math.max(edit.before.length, edit.after.length);
  return Math.min(1, changed / length);
}

/** An outlet's integrity profile from cleaning: edits by kind, flags, spin and noise over its articles. */
export function integrityProfile(articles: readonly SegmentedArticle[]): OutletSummary['integrity'] {
  const editsByKind: Partial<Record<EditKind, number>> = {};
  let flagCount = 0;
  let changedWeight = 0;
  let spinWeight = 0;
  let length = 0;
  for (const article of articles) {
    for (const edit of article.edits) editsByKind[edit.kind] = (editsByKind[edit.kind] ?? 0) + 1;
    flagCount += article.flags.length;
    const size = Math.max(1, article.article.body.length);
    changedWeight += articleNoise(article) * size;
    spinWeight += article.spin.score * size;
    length += size;
  }
  const sorted = Object.fromEntries(Object.entries(editsByKind).sort(([a], [b]) => compareStrings(a, b)));
  return {
    editsByKind: sorted,
    flagCount,
    spinScore: length === 0 ? 0 : round(spinWeight / length),
    noise: length === 0 ? 0 : round(changedWeight / length),
  };
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 10000) / 10000;
}
