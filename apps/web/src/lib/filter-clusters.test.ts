import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { filterClusters } from './filter-clusters.ts';

describe('filterClusters', () => {
  const cases = [
    [{ text: '', status: undefined, outletId: undefined }, ['k-struck', 'k-closed', 'k-speed', 'k-hurt']],
    [{ text: 'BRIDGE', status: undefined, outletId: undefined }, ['k-struck', 'k-closed']],
    [{ text: 'bridge friday', status: undefined, outletId: undefined }, ['k-closed']],
    [{ text: '', status: 'disputed', outletId: undefined }, ['k-speed']],
    [{ text: '', status: undefined, outletId: 'coast-tv' }, ['k-struck', 'k-closed', 'k-hurt']],
    [{ text: 'knots', status: 'corroborated', outletId: undefined }, []],
  ] as const;
  it.each(cases)('%j', (filter, expected) => {
    expect(filterClusters(fullDigest.clusters, filter).map((c) => c.id)).toEqual(expected);
  });

  it('keeps the order it is given', () => {
    const reversed = [...fullDigest.clusters].reverse();
    expect(filterClusters(reversed, { text: 'bridge', status: undefined, outletId: undefined }).map((c) => c.id)).toEqual(['k-closed', 'k-struck']);
  });
});
