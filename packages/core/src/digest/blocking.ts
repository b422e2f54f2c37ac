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
  vectors.forEach((vector, index) => {
    const scores = new Map<number, number>();
    for (const [feature, weight] of vector) {
      const list = postings.get(feature);
      if (!list || list.length > options.maxPosting) continue;
      for (const other of list) {
        if (other === index || (options.canPair && !options.canPair(index, other))) continue;
        scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const best = [...scores].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, options.topK);
    for (const [other] of best) {
      const [a, b] = index < other ? [index, other] : [other, index];
      const key = `${a}:${b}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      result.push([a, b]);
    }
  });
  return result.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
