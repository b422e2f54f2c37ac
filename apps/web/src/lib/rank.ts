import type { ClaimCluster, ClusterStatus } from '@parallax/core';

/**
 * Clusters in reading order: most independent support first, then most outlets, then what a
 * fact-checker would most want to check. Stable: ties keep the digest's order.
 *
 * @example
 * rankClusters(digest.clusters)[0] // the claim the most independent outlets carry
 */
export function rankClusters<T extends Pick<ClaimCluster, 'independentSupport' | 'outletIds' | 'checkworthiness'>>(clusters: readonly T[]): T[] {
  return clusters
    .map((cluster, index) => ({ cluster, index }))
    .sort(
      (a, b) =>
        b.cluster.independentSupport - a.cluster.independentSupport ||
        b.cluster.outletIds.length - a.cluster.outletIds.length ||
        b.cluster.checkworthiness - a.cluster.checkworthiness ||
        a.index - b.index,
    )
    .map(({ cluster }) => cluster);
}

export interface ClusterFilter {
  /** Words that must all occur in the label (case-insensitive). */
  text: string;
  status: ClusterStatus | undefined;
  outletId: string | undefined;
}

/**
 * Keep the clusters a filter box asks for.
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
