import type { Metadata } from 'next';
import { routeParam } from '../../../lib/anchors.ts';
import { orNotFound } from '../../../server/api.ts';
import { clusterPageData } from '../../../server/page-data.ts';
import { ClusterView } from '../../../views/cluster-view.tsx';

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = routeParam((await params).id);
  const { cluster } = await orNotFound((caller) => caller.clusters.get({ id }));
  return { title: cluster.label };
}

export default async function ClusterPage({ params }: Props) {
  const id = routeParam((await params).id);
  return <ClusterView {...await orNotFound((caller) => clusterPageData(caller, id))} />;
}
