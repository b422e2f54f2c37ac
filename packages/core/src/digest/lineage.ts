import type { Claim, SegmentedArticle } from '../model/index.ts';
import { diffTokens, sequenceSimilarity } from './word-diff.ts';
import { compareStrings } from './order.ts';

// Two sentences this alike outside quotation marks, and this long, are one piece of copy.
const SHARED_COPY_SIMILARITY = 0.85;
const SHARED_COPY_MIN_WORDS = 10;
const QUOTED_RE = /[“"«][^”"»]*[”"»]/g;

/**
 * Outlet id -> lineage id over the whole corpus: outlets whose articles share copy (cleaning's aligned
 * articles, wire copy or spun rewrites) get one lineage, named by its first outlet id in sort order.
 *
 * @example
 * outletLineages(articles).get('daily-global-times'); // 'ap-syndicated-site' when they share wire copy
 */
export function outletLineages(articles: readonly SegmentedArticle[]): Map<string, string> {
  const outletOfArticle = new Map(articles.map((a) => [a.article.id, a.article.outletId]));
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const article of articles) parent.set(article.article.outletId, article.article.outletId);
  for (const article of articles) {
    for (const aligned of article.spin.alignedArticleIds) {
      const other = outletOfArticle.get(aligned);
      if (other) union(article.article.outletId, other);
    }
  }
  return new Map([...parent.keys()].sort(compareStrings).map((outlet) => [outlet, find(outlet)]));
}

/**
 * Lineages inside one cluster: its outlets grouped by corpus lineage, and further joined where two of
 * its claims are near-identical copy outside quotation marks. Groups and members are sorted.
 */
export function clusterLineages(claims: readonly Claim[], lineageOf: ReadonlyMap<string, string>): string[][] {
  const group = new Map<string, string>();
  for (const claim of claims) group.set(claim.outletId, lineageOf.get(claim.outletId) ?? claim.outletId);
  const tokens = claims.map((claim) => diffTokens(claim.text.replace(QUOTED_RE, ' ')));
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const [a, b, ta, tb] = [claims[i], claims[j], tokens[i] ?? [], tokens[j] ?? []];
      if (!a || !b || a.outletId === b.outletId) continue;
      if (Math.min(ta.length, tb.length) < SHARED_COPY_MIN_WORDS) continue;
      if (sequenceSimilarity(ta, tb) < SHARED_COPY_SIMILARITY) continue;
      const [ga, gb] = [group.get(a.outletId) ?? a.outletId, group.get(b.outletId) ?? b.outletId];
      const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga];
      for (const [outlet, lineage] of group) if (lineage === drop) group.set(outlet, keep);
    }
  }
  const byLineage = new Map<string, string[]>();
  for (const [outlet, lineage] of [...group].sort(([a], [b]) => compareStrings(a, b))) {
    byLineage.set(lineage, [...(byLineage.get(lineage) ?? []), outlet]);
  }
  return [...byLineage.values()].sort((a, b) => compareStrings(a[0] ?? '', b[0] ?? ''));
}
