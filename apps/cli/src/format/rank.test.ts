import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { orderTimeline, rankClusters, rankConflicts } from './rank.ts';

describe('ranking', () => {
  const digest = fullDigest();

  it('puts the most independently supported cluster first, digest order breaking ties', () => {
    expect(rankClusters(digest.clusters).map((cluster) => cluster.id)).toEqual(['cl-closure', 'cl-traffic', 'cl-quote', 'cl-cracks']);
  });

  it('puts major conflicts before minor ones', () => {
    expect(rankConflicts(digest.conflicts).map((conflict) => conflict.severity)).toEqual(['major', 'major', 'minor']);
  });

  it('orders dated events first, by date', () => {
    expect(orderTimeline(digest.timeline).map((entry) => entry.id)).toEqual(['t-close', 't-reopen']);
  });
});
