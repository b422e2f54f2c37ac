import type { SummaryLine } from '@parallax/core';
import type { DigestIndex } from '../data/digest-index.ts';

/**
 * Where a summary line's sentences are, compactly: outlet · article · sentence number (from 1), one
 * group per article in the order the line gives them. Ids the digest lacks are left out.
 *
 * @example
 * sourceRefs({ sentenceIds: ['courier-1#s1', 'courier-1#s4', 'wire-1#s2'] }, index);
 * // 'Valley Courier · courier-1 · sentences 2, 5; Metro Wire · wire-1 · sentence 3'
 */
export function sourceRefs(line: Pick<SummaryLine, 'sentenceIds'>, index: DigestIndex): string {
  const byArticle = new Map<string, { outletId: string; numbers: number[] }>();
  for (const id of line.sentenceIds) {
    const found = index.sentence(id);
    if (!found) continue;
    const group = byArticle.get(found.article.id) ?? { outletId: found.article.outletId, numbers: [] };
    group.numbers.push(found.sentence.index + 1);
    byArticle.set(found.article.id, group);
  }
  return [...byArticle]
    .map(([articleId, { outletId, numbers }]) => `${index.outletName(outletId)} · ${articleId} · ${numbers.length === 1 ? 'sentence' : 'sentences'} ${numbers.join(', ')}`)
    .join('; ');
}
