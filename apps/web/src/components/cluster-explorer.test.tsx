import type { ClaimCluster } from '@parallax/core';
import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { htmlOf, textOf } from '../../test/render.ts';
import { TRPCReactProvider } from '../trpc/react.tsx';
import { CLUSTERS_SHOWN_FIRST } from '../lib/cluster-row.ts';
import { ClusterExplorer } from './cluster-explorer.tsx';

const template = fullDigest.clusters[3] as ClaimCluster;
const many: ClaimCluster[] = Array.from({ length: CLUSTERS_SHOWN_FIRST + 5 }, (_, index) => ({ ...template, id: `c${index}`, label: `Claim number ${index}` }));

const render = (clusters: ClaimCluster[], showAll?: boolean) => (
  <TRPCReactProvider>
    <ClusterExplorer initialClusters={clusters} outletNames={{}} showAll={showAll} />
  </TRPCReactProvider>
);

describe('ClusterExplorer before any filter', () => {
  it('lists the best-supported clusters first and offers the rest by a link that works without JavaScript', () => {
    const text = textOf(render(many));
    expect(text).toContain(`Showing ${CLUSTERS_SHOWN_FIRST} of ${many.length} claims`);
    expect(htmlOf(render(many)).replace(/<!-- -->/g, '')).toContain(`href="?all#claims">Show all ${many.length} claims</a>`);
    expect(text).not.toContain(`Claim number ${CLUSTERS_SHOWN_FIRST}`);
  });

  it('lists everything when the page asks for all', () => {
    const text = textOf(render(many, true));
    expect(text).toContain(`Showing ${many.length} of ${many.length} claims`);
    expect(text).not.toContain('Show all');
  });

  it('offers no link when everything fits', () => {
    expect(textOf(render(fullDigest.clusters))).not.toContain('Show all');
  });
});
