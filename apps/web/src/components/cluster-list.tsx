import type { ClaimCluster } from '@parallax/core';
import { clusterHref } from '../lib/anchors.ts';
import { formatSupport, plural } from '../lib/format.ts';
import { listNames, nameOf, type OutletNames } from '../lib/names.ts';
import { StatusBadge } from './status-badge.tsx';

type ClusterRow = Pick<ClaimCluster, 'id' | 'label' | 'status' | 'outletIds' | 'independentSupport' | 'lineages' | 'conflictIds'>;

/** Outlets that share copy, said once: `Wire Desk and Copy Site share copy`. */
function sharedCopy(lineages: readonly (readonly string[])[], names: OutletNames): string[] {
  return lineages.filter((lineage) => lineage.length > 1).map((lineage) => `${listNames(lineage.map((id) => nameOf(names, id)))} share copy`);
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
          <p className="cluster__outlets">
            {listNames(cluster.outletIds.map((id) => nameOf(outletNames, id)))}
            {sharedCopy(cluster.lineages, outletNames).map((note) => (
              <span key={note} className="cluster__lineage">
                {' '}
                ({note})
              </span>
            ))}
          </p>
        </li>
      ))}
    </ol>
  );
}
