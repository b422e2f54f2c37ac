import { useMemo } from 'react';
import { MessageView } from '../components/message-view.tsx';
import { useClient } from '../hooks/client-context.ts';
import { useLoadedDigest } from '../hooks/use-digest.ts';
import { useLayout } from '../hooks/use-layout.ts';
import { useQuery } from '../hooks/use-query.ts';
import { clusterLines } from './cluster-lines.ts';
import { LinesScreen } from './lines-screen.tsx';

/** One cluster with its receipts, fetched through the router's `clusters.get`. */
export function ClusterScreen({ id }: { id: string }) {
  const client = useClient();
  const digest = useLoadedDigest();
  const { width, height } = useLayout();
  const detail = useQuery(`cluster:${id}`, () => client.clusters.get.query({ id }));
  const lines = useMemo(() => (detail.status === 'ready' ? clusterLines(detail.data, digest, width - 1) : []), [detail, digest, width]);
  if (detail.status === 'loading') return <MessageView title="Loading the cluster…" height={height} />;
  if (detail.status === 'error') return <MessageView title="Could not load the cluster" detail={detail.message} tone="error" height={height} />;
  return <LinesScreen viewKey={`cluster:${id}`} lines={lines} />;
}
