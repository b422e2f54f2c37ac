import type { ClaimCluster, ClusterStatus } from '@parallax/core';

export interface ClusterFilter {
  /** Words that must all occur in the label (case-insensitive). */
  text: string;
  status: ClusterStatus | undefined;
  outletId: string | undefined;
}

/**
 * Keep the clusters a filter box asks for, in the order given (the digest's: most independent
 * support first).
 *
 * @example
 * filterClusters(clusters, { text: 'bridge closed', status: 'disputed', outletId: undefined })
 */
export function filterClusters<T extends Pick<ClaimCluster, 'label' | 'status' | 'outletIds'>>(clusters: readonly T[], filter: ClusterFilter): T[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return clusters.filter((cluster) => {
    if (filter.status && cluster.status !== filter.status) return false;
    if (filter.outletId && !cluster.outletIds.includes(filter.outletId)) return false;
    const label = cluster.label.toLowerCase();
    return words.every((word) => label.includes(word));
  });
}
