import type { Claim } from '../model/index.ts';
import { candidatePairs } from './blocking.ts';
import { claimSimilarity, nameFeatures, sharesContent } from './claim-similarity.ts';
import { stanceOf } from './modality-conflicts.ts';
import { cosine, overlap, type Vector } from './vectors.ts';

export interface ClusterOptions {
  /** A candidate pair must be at least this similar to be linked. */
  pairThreshold: number;
  /** Two groups merge only if their members are this similar on average (stops chaining). */
  linkThreshold: number;
  maxPosting: number;
  topK: number;
  /** A claim that denies or doubts and one that does not must be at least this similar to be linked. */
  opposedThreshold?: number;
  /** How two claims compare: cosine, or the mean of cosine and containment (kinder to a short claim
   * restated inside a long sentence). */
  measure?: 'cosine' | 'blend';
}

// Tuned on the embedded corpus and the Titan story (pairwise F1 over hand labels), then checked
// untouched on the held-out Key Bridge story.
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  pairThreshold: 0.23,
  linkThreshold: 0.23,
  opposedThreshold: 0.45,
  maxPosting: 60,
  topK: 16,
};

/**
 * Group claims that state the same thing: candidate pairs from the inverted index, verified by
 * `claimSimilarity` (a denial and a statement need more), merged best-first while the groups stay
 * similar on average and never hold two claims of one article.
 * Returns groups of claim indices, each sorted, in order of their first claim.
 *
 * @example
 * groupClaims(claims, claimVectors(claims, entities)); // [[0, 7], [1], [2, 5, 9], …]
 */
export function groupClaims(
  claims: readonly Claim[],
  vectors: readonly Vector[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): number[][] {
  const similarity =
    options.measure === 'blend'
      ? (a: number, b: number) => {
          const [x, y] = [vectorAt(vectors, a), vectorAt(vectors, b)];
          return (cosine(x, y) + overlap(x, y)) / 2;
        }
      : claimSimilarity(claims, vectors);
  // Two claims that share only a name (`The ship is the Dali`, `The Dali sent a distress signal`) state
  // different things; a denial grouped with an assertion becomes a contradiction between outlets: ask for more.
  const names = nameFeatures(claims);
  const verify = (a: number, b: number) => {
    const [x, y] = [claims[a], claims[b]];
    if (!sharesContent(vectors[a], vectors[b], names)) return false;
    if (!x || !y || !opposed(x, y)) return true;
    return similarity(a, b) >= (options.opposedThreshold ?? options.pairThreshold);
  };
  return groupVectors(vectors, claims.map((claim) => claim.sentenceId), options, verify, similarity);
}

/**
 * The grouping behind `groupClaims`, for any items: items sharing a `separate` key (an article) never
 * end up in one group; `verify` may veto a candidate pair; `similarity` replaces cosine of the vectors
 * (which then only propose candidates).
 */
export function groupVectors(
  vectors: readonly Vector[],
  separate: readonly string[],
  options: ClusterOptions,
  verify: (a: number, b: number) => boolean = () => true,
  similarity: (a: number, b: number) => number = (a, b) => cosine(vectorAt(vectors, a), vectorAt(vectors, b)),
): number[][] {
  const canPair = (a: number, b: number) => separate[a] !== separate[b];
  const scored = candidatePairs(vectors, { maxPosting: options.maxPosting, topK: options.topK, canPair })
    .map(([a, b]) => ({ a, b, score: similarity(a, b) }))
    .filter((pair) => pair.score >= options.pairThreshold && verify(pair.a, pair.b))
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const groupOf = vectors.map((_, index) => index);
  const members = new Map<number, number[]>(vectors.map((_, index) => [index, [index]]));
  const articlesOf = new Map<number, Set<string>>(separate.map((key, index) => [index, new Set([key])]));
  for (const { a, b } of scored) {
    const ga = groupOf[a] ?? a;
    const gb = groupOf[b] ?? b;
    if (ga === gb) continue;
    const left = members.get(ga) ?? [];
    const right = members.get(gb) ?? [];
    const leftArticles = articlesOf.get(ga) ?? new Set<string>();
    const rightArticles = articlesOf.get(gb) ?? new Set<string>();
    if ([...rightArticles].some((id) => leftArticles.has(id))) continue;
    if (averageLink(similarity, left, right) < options.linkThreshold) continue;
    const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga];
    const merged = [...left, ...right].sort((x, y) => x - y);
    members.set(keep, merged);
    members.delete(drop);
    articlesOf.set(keep, new Set([...leftArticles, ...rightArticles]));
    articlesOf.delete(drop);
    for (const index of merged) groupOf[index] = keep;
  }
  return [...members.values()].sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}

function averageLink(
  similarity: (a: number, b: number) => number,
  left: readonly number[],
  right: readonly number[],
): number {
  let sum = 0;
  for (const a of left) for (const b of right) sum += similarity(a, b);
  return sum / (left.length * right.length);
}

/** One claim denies or doubts, the other does not. */
function opposed(a: Claim, b: Claim): boolean {
  return (stanceOf(a) === 'negates') !== (stanceOf(b) === 'negates');
}

function vectorAt(vectors: readonly Vector[], index: number): Vector {
  return vectors[index] ?? new Map();
}
