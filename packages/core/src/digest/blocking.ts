import type { Vector } from './vectors.ts';

export interface BlockingOptions {
  /** Features held by more items than this are too common to propose candidates. */
  maxPosting: number;
  /** Candidates kept per item, best first. */
  topK: number;
  /** Pairs that may never be proposed (same article, same claim). */
  canPair?: (a: number, b: number) => boolean;
}

/**
 * Candidate pairs through an inverted index: items that share informative features, scored by the
 * weight they share, top `topK` per item. Cost grows with items x features x `maxPosting`, never with
 * items squared, so exact verification afterwards stays near-linear.
 *
 * @example
 * candidatePairs([new Map([['w:a', 1]]), new Map([['w:a', 1]])], { maxPosting: 50, topK: 10 }); // [[0, 1]]
 */
export function candidatePairs(vectors: readonly Vector[], options: BlockingOptions): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, index) => {
    for (const feature of vector.keys()) {
      const list = postings.get(feature);
      if (list) list.push(index);
      else postings.set(feature, [index]);
    }
  });
  const pairs = new Set<string>();
  const result: Array<[number, number]> = [];
  // Dense score array plus the list of touched slots: no map churn in the hot loop.
  const score = new Float64Array(vectors.length);
  const touched: number[] = [];
  vectors.forEach((vector, index) => {
    for (const [feature, weight] of vector) {
      const list = postings.get(feature);
      if (!list || list.length > options.maxPosting) continue;
      for (const other of list) {
        if (other === index) continue;
        if (score[other] === 0) touched.push(other);
        score[other] = (score[other] ?? 0) + weight;
      }
    }
    const scores = new Map<number, number>();
    for (const other of touched) {
      if (!options.canPair || options.canPair(index, other)) scores.set(other, score[other] ?? 0);
      score[other] = 0;
    }
    touched.length = 0;
    for (const other of topScores(scores, options.topK)) {
      const [a, b] = index < other ? [index, other] : [other, index];
      const key = `${a}:${b}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      result.push([a, b]);
    }
  });
  return result.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** The `k` best-scored keys, ties to the lower key, without sorting every score. */
function topScores(scores: ReadonlyMap<number, number>, k: number): number[] {
  const best: Array<[number, number]> = [];
  for (const entry of scores) {
    if (best.length === k) {
      const last = best[k - 1];
      if (!last || entry[1] < last[1] || (entry[1] === last[1] && entry[0] > last[0])) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0) {
      const previous = best[at - 1];
      if (!previous || previous[1] > entry[1] || (previous[1] === entry[1] && previous[0] < entry[0])) break;
      at--;
    }
    best.splice(at, 0, entry);
  }
  return best.map(([key]) => key);
}
