import { cosine, type Vector } from './vectors.ts';

export interface Candidate {
  id: string;
  /** Position in reading order, for the output. */
  order: number;
  relevance: number;
  vector: Vector;
}

/**
 * Maximal marginal relevance: pick `k` candidates one at a time, each maximising
 * `lambda * relevance - (1 - lambda) * (highest similarity to those already picked)`, so the
 * summary covers the story without saying one thing twice. Returns ids in reading order.
 *
 * @example
 * selectByMmr(candidates, 4); // ['a#s2', 'a#s5', 'a#s9', 'a#s14']
 */
export function selectByMmr(candidates: readonly Candidate[], k: number, lambda = 0.7): string[] {
  const picked: Candidate[] = [];
  const pool = [...candidates];
  const top = Math.max(...candidates.map((c) => c.relevance), 1e-9);
  while (picked.length < k && pool.length > 0) {
    let bestIndex = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    pool.forEach((candidate, index) => {
      const redundancy = Math.max(0, ...picked.map((p) => cosine(p.vector, candidate.vector)));
      const score = lambda * (candidate.relevance / top) - (1 - lambda) * redundancy;
      if (score > bestScore + 1e-12) {
        bestScore = score;
        bestIndex = index;
      }
    });
    const [chosen] = pool.splice(bestIndex, 1);
    if (chosen) picked.push(chosen);
  }
  return picked.sort((a, b) => a.order - b.order).map((c) => c.id);
}

/** How many sentences a summary of `available` candidates gets: 3 to 5, never more than there are. */
export function summaryLength(available: number): number {
  return Math.min(available, Math.min(5, Math.max(3, Math.round(available / 6))));
}
