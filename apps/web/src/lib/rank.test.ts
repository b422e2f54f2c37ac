import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { filterClusters, rankClusters } from './rank.ts';

const cluster = (id: string, independentSupport: number, outlets: number, checkworthiness = 0.5) => ({
  id,
  independentSupport,
  outletIds: Array.from({ length: outlets }, (_, index) => `o${index}`),
  checkworthiness,
});

describe('rankClusters', () => {
  it('puts independent support before outlet count, then check-worthiness, keeping ties stable', () => {
    const ranked = rankClusters([cluster('a', 1, 1), cluster('b', 2, 4), cluster('c', 3, 3), cluster('d', 2, 4, 0.9), cluster('e', 2, 4)]);
    expect(ranked.map((c) => c.id)).toEqual(['c', 'd', 'b', 'e', 'a']);
  });

  it('does not reorder its input', () => {
    const input = [cluster('a', 1, 1), cluster('b', 2, 2)];
    rankClusters(input);
    expect(input.map((c) => c.id)).toEqual(['a', 'b']);
  });
});

describe('filterClusters', () => {
  const cases = [
    [{ text: '', status: undefined, outletId: undefined }, ['k-struck', 'k-speed', 'k-closed', 'k-hurt']],
    [{ text: 'BRIDGE', status: undefined, outletId: undefined }, ['k-struck', 'k-closed']],
    [{ text: 'bridge friday', status: undefined, outletId: undefined }, ['k-closed']],
    [{ text: '', status: 'disputed', outletId: undefined }, ['k-speed']],
    [{ text: '', status: undefined, outletId: 'coast-tv' }, ['k-struck', 'k-closed', 'k-hurt']],
    [{ text: 'knots', status: 'corroborated', outletId: undefined }, []],
  ] as const;
  it.each(cases)('%j', (filter, expected) => {
    expect(filterClusters(fullDigest.clusters, filter).map((c) => c.id)).toEqual(expected);
  });
});
