import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { linkSummaryLines } from './summary-links.ts';

describe('linkSummaryLines', () => {
  it('links each line of the fixture summary to the cluster it states', () => {
    const links = linkSummaryLines(fullDigest.summary, fullDigest.clusters, fullDigest.conflicts);
    expect(links.map((line) => line.clusterId)).toEqual(['k-struck', 'k-closed', 'k-speed', 'k-hurt']);
    expect(links[2]?.conflictId).toBe('x-speed');
  });

  it('leaves a line unlinked when no cluster matches well enough', () => {
    const [line] = linkSummaryLines(['Shares in a shipping firm fell sharply on Monday.'], fullDigest.clusters, fullDigest.conflicts);
    expect(line).toEqual({ text: 'Shares in a shipping firm fell sharply on Monday.', clusterId: undefined, conflictId: undefined });
  });

  it('does not link on a single shared word', () => {
    const [line] = linkSummaryLines(['A bridge in another city opened.'], [{ id: 'c1', label: 'Bridge tolls rise' }], []);
    expect(line?.clusterId).toBeUndefined();
  });

  it('matches words in any case and keeps numbers as words', () => {
    const [line] = linkSummaryLines(['OFFICIALS SAY 1,200 HOMES LOST POWER.'], [{ id: 'c1', label: '1,200 homes lost power' }, { id: 'c2', label: '300 homes lost power' }], []);
    expect(line?.clusterId).toBe('c1');
  });
});
