'use client';

import type { ClusterStatus } from '@parallax/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { CLUSTERS_SHOWN_FIRST, type ClusterRow } from '../lib/cluster-row.ts';
import { STATUS_LABELS } from '../lib/format.ts';
import type { OutletNames } from '../lib/names.ts';
import { filterClusters } from '../lib/filter-clusters.ts';
import { useTRPC } from '../trpc/react.tsx';
import { ClusterList } from './cluster-list.tsx';
import { EmptyState } from './section.tsx';

const STATUSES = Object.keys(STATUS_LABELS) as ClusterStatus[];

export interface ClusterExplorerProps {
  /** The unfiltered clusters, rendered on the server so the list works before (and without) JavaScript. */
  initialClusters: readonly ClusterRow[];
  outletNames: OutletNames;
  /** Show every cluster from the start (the page was asked with `?all`). */
  showAll?: boolean;
}

/**
 * The clusters in the digest's order, with a filter box. Status and outlet go to the server through tRPC
 * (`clusters.list`); the words filter the labels here, as the user types.
 */
export function ClusterExplorer({ initialClusters, outletNames, showAll = false }: ClusterExplorerProps) {
  const trpc = useTRPC();
  const id = useId();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<ClusterStatus | ''>('');
  const [outletId, setOutletId] = useState('');
  const [isExpanded, setExpanded] = useState(showAll);
  const input = { status: status || undefined, outletId: outletId || undefined };
  const isUnfiltered = !input.status && !input.outletId;
  // The unfiltered list is the server's; a status or outlet filter asks the router.
  const query = useQuery({ ...trpc.clusters.list.queryOptions(input), enabled: !isUnfiltered, placeholderData: keepPreviousData });
  const fetched: readonly ClusterRow[] = isUnfiltered ? initialClusters : (query.data ?? initialClusters);
  // Filtering keeps the digest's order, the server's list as much as this one.
  const matching = filterClusters(fetched, { text, status: input.status, outletId: input.outletId });
  // A filter shows every match; the bare list starts with the best-supported clusters.
  const isCut = !isExpanded && isUnfiltered && text.trim() === '' && matching.length > CLUSTERS_SHOWN_FIRST;
  const shown = isCut ? matching.slice(0, CLUSTERS_SHOWN_FIRST) : matching;

  return (
    <div className="explorer">
      <form className="filters" role="search" aria-label="Filter claims" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${id}-text`}>Words</label>
        <input id={`${id}-text`} type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder="a name, a place, a number" autoComplete="off" />
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={status} onChange={(event) => setStatus(event.target.value as ClusterStatus | '')}>
          <option value="">Any</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-outlet`}>Outlet</label>
        <select id={`${id}-outlet`} value={outletId} onChange={(event) => setOutletId(event.target.value)}>
          <option value="">Any</option>
          {Object.entries(outletNames).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </form>
      <p className="explorer__status" aria-live="polite" aria-busy={query.isFetching}>
        {query.isError && !isUnfiltered
          ? `Could not filter: ${query.error.message}`
          : query.isFetching
            ? 'Filtering…'
            : `Showing ${shown.length} of ${initialClusters.length} claims`}
      </p>
      {shown.length > 0 ? <ClusterList clusters={shown} outletNames={outletNames} /> : <EmptyState>No claim matches this filter.</EmptyState>}
      {isCut ? (
        // A link, so that it works before JavaScript runs: the page renders every cluster for `?all`.
        <a
          className="show-all"
          href="?all#claims"
          onClick={(event) => {
            event.preventDefault();
            setExpanded(true);
          }}
        >
          Show all {matching.length} claims
        </a>
      ) : null}
    </div>
  );
}
