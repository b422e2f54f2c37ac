import type { ClaimCluster } from '@parallax/core';

/** What the claim list shows of a cluster: all the digest page sends to the browser for it. */
export type ClusterRow = Pick<ClaimCluster, 'id' | 'label' | 'status' | 'outletIds' | 'independentSupport' | 'lineages' | 'conflictIds' | 'checkworthiness'>;

/** How many clusters the unfiltered list shows before "Show all": the best-supported ones. */
export const CLUSTERS_SHOWN_FIRST = 20;

/**
 * Cut a cluster down to its row, so the page does not ship claim and sentence ids to the browser.
 * (Lives outside the client component: a server component cannot call a client module's functions.)
 *
 * @example
 * digest.clusters.map(toClusterRow)
 */
export function toClusterRow({ id, label, status, outletIds, independentSupport, lineages, conflictIds, checkworthiness }: ClaimCluster): ClusterRow {
  return { id, label, status, outletIds, independentSupport, lineages, conflictIds, checkworthiness };
}
