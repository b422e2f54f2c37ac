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

  it('orders events by period, a month among the days, and events placed in no time last', () => {
    expect(orderTimeline(digest.timeline).map((entry) => entry.id)).toEqual(['t-cracks', 't-close', 't-reopen']);
  });

  it('falls back to the date where an entry has no period', () => {
    const [cracks, , close] = digest.timeline;
    if (!cracks || !close) throw new Error('the fixture needs two placed events');
    const entries = [{ ...close, period: undefined }, { ...cracks, period: '2024-03-10' }];
    expect(orderTimeline(entries).map((entry) => entry.id)).toEqual(['t-close', 't-cracks']);
  });
});
