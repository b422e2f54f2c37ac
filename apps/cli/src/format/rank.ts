import type { ClaimCluster, Conflict, TimelineEntry } from '@parallax/core';

/**
 * Clusters most independently supported first, then by outlets and check-worthiness; the digest's
 * own order breaks ties, so the result is stable.
 */
export function rankClusters(clusters: readonly ClaimCluster[]): ClaimCluster[] {
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

/** Major conflicts before minor ones, otherwise the digest's order. */
export function rankConflicts(conflicts: readonly Conflict[]): Conflict[] {
  return conflicts
    .map((conflict, index) => ({ conflict, index }))
    .sort((a, b) => severityRank(a.conflict) - severityRank(b.conflict) || a.index - b.index)
    .map(({ conflict }) => conflict);
}

/**
 * Events in time order by their period (`2024`, `2024-02`, `2024-03-04`; the date where there is no
 * period), a month or year among the days; events placed in no time last, in the digest's order.
 */
export function orderTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => compareDates(a.entry.period ?? a.entry.date, b.entry.period ?? b.entry.date) || a.index - b.index)
    .map(({ entry }) => entry);
}

function severityRank(conflict: Conflict): number {
  return conflict.severity === 'major' ? 0 : 1;
}

function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
