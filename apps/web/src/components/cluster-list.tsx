import type { ClaimCluster } from '@parallax/core';
import { clusterHref } from '../lib/anchors.ts';
import { formatSupport, plural } from '../lib/format.ts';
import { nameOf, type OutletNames } from '../lib/names.ts';
import { StatusBadge } from './status-badge.tsx';

type ClusterRow = Pick<ClaimCluster, 'id' | 'label' | 'status' | 'outletIds' | 'independentSupport' | 'lineages' | 'conflictIds'>;

/**
 * A cluster's outlets with those that share copy kept together, in the cluster's order:
 * `A + B (shared copy) · C`.
 *
 * @example
 * outletGroups(['a', 'b', 'c'], [['a', 'c']]) // [['a', 'c'], ['b']]
 */
export function outletGroups(outletIds: readonly string[], lineages: readonly (readonly string[])[]): string[][] {
  const lineageOf = new Map<string, readonly string[]>();
  for (const lineage of lineages) for (const id of lineage) lineageOf.set(id, lineage);
  const placed = new Set<string>();
  const groups: string[][] = [];
  for (const id of outletIds) {
    if (placed.has(id)) continue;
    // The lineage holds `id` itself, so the group is never empty.
    const group = (lineageOf.get(id) ?? [id]).filter((member) => outletIds.includes(member) && !placed.has(member));
    for (const member of group) placed.add(member);
    groups.push(group);
  }
  return groups;
}

function describeOutlets(outletIds: readonly string[], lineages: readonly (readonly string[])[], names: OutletNames): string {
  return outletGroups(outletIds, lineages)
    .map((group) => (group.length > 1 ? `${group.map((id) => nameOf(names, id)).join(' + ')} (shared copy)` : nameOf(names, group[0] ?? '')))
    .join(' · ');
}

/** Clusters in the order given, each with its status, support and a link to its receipts. */
export function ClusterList({ clusters, outletNames }: { clusters: readonly ClusterRow[]; outletNames: OutletNames }) {
  return (
    <ol className="clusters">
      {clusters.map((cluster) => (
        <li key={cluster.id} className={`cluster cluster--${cluster.status}`}>
          <a className="cluster__label" href={clusterHref(cluster.id)}>
            {cluster.label}
          </a>
          <p className="cluster__meta">
            <StatusBadge status={cluster.status} />{' '}
            <span className="support">{formatSupport(cluster)}</span>
            {cluster.conflictIds.length > 0 ? (
              <>
                {' '}
                <span className="cluster__conflicts">{plural(cluster.conflictIds.length, 'conflict')}</span>
              </>
            ) : null}
          </p>
          <p className="cluster__outlets">{describeOutlets(cluster.outletIds, cluster.lineages, outletNames)}</p>
        </li>
      ))}
    </ol>
  );
}
