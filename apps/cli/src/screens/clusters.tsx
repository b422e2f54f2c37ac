import type { ClaimCluster } from '@parallax/core';
import { indexDigest } from '../data/digest-index.ts';
import { supportText } from '../format/describe.ts';
import { useLoadedDigest } from '../hooks/use-digest.ts';
import { DIM, HEADING, statusSegment } from '../lines/styles.ts';
import { ListScreen } from './list-screen.tsx';
import type { ScreenProps } from './route-props.ts';

/** Every cluster in the digest's order (most independently supported first); enter opens its receipts. */
export function ClustersScreen({ onOpen }: ScreenProps) {
  const digest = useLoadedDigest();
  const { clusters } = digest;
  const index = indexDigest(digest);
  const supportWidth = Math.max(0, ...clusters.map((cluster) => supportText(cluster).length)) + 2;
  return (
    <ListScreen<ClaimCluster>
      viewKey="clusters"
      header={[{ text: `Clusters · ${clusters.length}`, style: HEADING }, { text: ' · most independently supported first', style: DIM }]}
      items={clusters}
      searchText={(cluster) => `${cluster.label} ${cluster.status} ${cluster.outletIds.map(index.outletName).join(' ')}`}
      row={(cluster) => [statusSegment(cluster.status, true), { text: supportText(cluster).padEnd(supportWidth), style: DIM }, { text: cluster.label }]}
      emptyText="No clusters found: no claim was matched across outlets yet."
      onOpen={(cluster) => onOpen({ screen: 'cluster', id: cluster.id })}
    />
  );
}
