import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { htmlOf, textOf } from '../../test/render.ts';
import { outletNamesOf } from '../lib/names.ts';
import { ClusterList, outletGroups } from './cluster-list.tsx';
import { StatusBadge } from './status-badge.tsx';

const names = outletNamesOf(fullDigest.outlets);

describe('ClusterList', () => {
  it('links each cluster to its receipts with status, support, outlets and shared copy', () => {
    const [struck, , speed] = fullDigest.clusters;
    if (!struck || !speed) throw new Error('fixture clusters missing');
    const html = htmlOf(<ClusterList clusters={[struck, speed]} outletNames={names} />);
    expect(html).toContain('href="/clusters/k-struck"');
    const text = textOf(<ClusterList clusters={[speed]} outletNames={names} />);
    expect(text).toBe(
      'The ferry was travelling at 12 knots Disputed 3 outlets, 2 independent 1 conflict Wire Desk + Copy Site (shared copy) · City Courier',
    );
  });

  it('falls back to the outlet id for an outlet the digest does not name', () => {
    const cluster = { ...fullDigest.clusters[3], id: 'x', outletIds: ['unnamed-outlet'] } as (typeof fullDigest.clusters)[number];
    expect(textOf(<ClusterList clusters={[cluster]} outletNames={names} />)).toContain('unnamed-outlet');
  });
});

describe('StatusBadge', () => {
  it.each([
    ['corroborated', 'Corroborated'],
    ['single-source', 'Single source'],
    ['disputed', 'Disputed'],
  ] as const)('%s says %s in words', (status, label) => {
    expect(htmlOf(<StatusBadge status={status} />)).toBe(`<span class="badge badge--${status}">${label}</span>`);
  });
});

describe('outletGroups', () => {
  const cases = [
    [['a', 'b', 'c'], [], [['a'], ['b'], ['c']]],
    [['a', 'b', 'c'], [['a', 'c']], [['a', 'c'], ['b']]],
    [['b', 'a'], [['a', 'b', 'z']], [['a', 'b']]],
    [['a', 'b', 'c', 'd'], [['a', 'b'], ['c', 'd']], [['a', 'b'], ['c', 'd']]],
  ] as const;
  it.each(cases)('%j with lineages %j', (outletIds, lineages, expected) => {
    expect(outletGroups(outletIds, lineages)).toEqual(expected);
  });
});
