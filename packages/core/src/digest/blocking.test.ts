import { describe, expect, it } from 'vitest';
import { candidatePairs } from './blocking.ts';
import type { Vector } from './vectors.ts';

describe('candidatePairs', () => {
  it('proposes items that share a feature and never the rest', () => {
    const vectors: Vector[] = [
      new Map([['w:train', 1], ['w:left', 1]]),
      new Map([['w:train', 1]]),
      new Map([['w:summit', 1]]),
    ];
    expect(candidatePairs(vectors, { maxPosting: 10, topK: 5 })).toEqual([[0, 1]]);
  });

  it('bounds the candidates per item, so cost never grows with items squared', () => {
    // 2,000 items all sharing one feature: an all-pairs method would propose ~2 million pairs.
    const vectors: Vector[] = Array.from({ length: 2000 }, (_, i) => new Map([['w:common', 1], [`w:own${i % 400}`, 2]]));
    const pairs = candidatePairs(vectors, { maxPosting: 50, topK: 8 });
    expect(pairs.length).toBeLessThanOrEqual(2000 * 8);
    // The too-common feature proposes nothing; the rarer shared ones still do.
    expect(pairs).toContainEqual([0, 400]);
  });

  it('respects a pairing rule', () => {
    const vectors: Vector[] = [new Map([['w:a', 1]]), new Map([['w:a', 1]])];
    expect(candidatePairs(vectors, { maxPosting: 10, topK: 5, canPair: () => false })).toEqual([]);
  });
});
