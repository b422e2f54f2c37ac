import type { Claim, SegmentedArticle } from '../model/index.ts';
import { compareStrings } from './order.ts';
import { diffTokens, sequenceSimilarity } from './word-diff.ts';

/** What cleaning found about shared copy, indexed for the clusters. */
export interface CopyEvidence {
  /** Outlet id -> lineage id, for outlets whose articles are rewrites of one another throughout. */
  lineageOf: ReadonlyMap<string, string>;
  /** `articleA|articleB` (sorted) for every pair of articles the cleaner aligned sentences between. */
  aligned: ReadonlySet<string>;
  /** `sentenceId|articleId` where the cleaner found spin substitutions against that article. */
  spun: ReadonlySet<string>;
}

// An article is a rewrite of another when this share of its sentences (and at least a few) align.
const REWRITE_SHARE = 0.5;
const REWRITE_MIN_SENTENCES = 3;
// Two claims are one piece of copy when they keep this share of their words in order outside
// quotation marks: less is needed where the cleaner aligned their articles.
const COPY_ALIGNED = 0.5;
const COPY_UNALIGNED = 0.85;
const COPY_MIN_WORDS = 8;
const QUOTED_RE = /[“"«][^”"»]*[”"»]/g;

/**
 * Index cleaning's evidence of shared copy: article pairs it aligned, sentences it found spun, and
 * outlets whose articles are rewrites of another's throughout (one lineage everywhere).
 *
 * @example
 * copyEvidence(articles).lineageOf.get('feature-rewrite'); // 'bulleted-digest' if one rewrites the other
 */
export function copyEvidence(articles: readonly SegmentedArticle[]): CopyEvidence {
  const outletOf = new Map(articles.map((a) => [a.article.id, a.article.outletId]));
  const parent = new Map<string, string>(articles.map((a) => [a.article.outletId, a.article.outletId]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root && parent.get(root) !== undefined) root = parent.get(root) ?? root;
    return root;
  };
  const aligned = new Set<string>();
  const spun = new Set<string>();
  for (const article of articles) {
    const id = article.article.id;
    for (const other of article.spin.alignedArticleIds) aligned.add(pairKey(id, other));
    for (const substitution of article.spin.substitutions) {
      if (substitution.sentenceId) spun.add(`${substitution.sentenceId}|${substitution.alignedArticleId}`);
    }
    const body = article.sentences.filter((s) => !s.isHeading).length;
    const source = article.spin.alignedArticleIds[0];
    const rewrite = article.spin.alignedSentences >= REWRITE_MIN_SENTENCES && article.spin.alignedSentences >= REWRITE_SHARE * body;
    const other = source ? outletOf.get(source) : undefined;
    if (rewrite && other) {
      const [a, b] = [find(article.article.outletId), find(other)];
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const lineageOf = new Map([...parent.keys()].sort(compareStrings).map((outlet) => [outlet, find(outlet)]));
  return { lineageOf, aligned, spun };
}

/**
 * Lineages inside one cluster: outlets that are rewrites of one another, or whose claims here are one
 * piece of copy (spun by the cleaner's evidence, or the same words in order outside quotes), count
 * once. Quoting the same speaker is not shared copy. Groups and members are sorted.
 */
export function clusterLineages(claims: readonly Claim[], evidence: CopyEvidence): string[][] {
  const group = new Map<string, string>();
  for (const claim of claims) group.set(claim.outletId, evidence.lineageOf.get(claim.outletId) ?? claim.outletId);
  const tokens = claims.map((claim) => diffTokens(claim.text.replace(QUOTED_RE, ' ')));
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const [a, b] = [claims[i], claims[j]];
      if (!a || !b || a.outletId === b.outletId || !sharesCopy(a, b, tokens[i] ?? [], tokens[j] ?? [], evidence)) continue;
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

function sharesCopy(a: Claim, b: Claim, ta: readonly string[], tb: readonly string[], evidence: CopyEvidence): boolean {
  if (evidence.spun.has(`${a.sentenceId}|${b.articleId}`) || evidence.spun.has(`${b.sentenceId}|${a.articleId}`)) return true;
  if (Math.min(ta.length, tb.length) < COPY_MIN_WORDS) return false;
  const similarity = sequenceSimilarity(ta, tb);
  return similarity >= (evidence.aligned.has(pairKey(a.articleId, b.articleId)) ? COPY_ALIGNED : COPY_UNALIGNED);
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
