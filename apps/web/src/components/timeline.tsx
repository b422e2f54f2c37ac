import type { TimelineEntry } from '@parallax/core';
import { clusterHref } from '../lib/anchors.ts';
import { formatDate } from '../lib/format.ts';
import { listNames, nameOf, type OutletNames } from '../lib/names.ts';

/**
 * Dated events in date order, then the undated ones in the digest's order.
 *
 * @example
 * orderTimeline([{ date: '2024-03-15' }, { }, { date: '2024-03-10' }]) // 10 Mar, 15 Mar, undated
 */
export function orderTimeline<T extends Pick<TimelineEntry, 'date'>>(entries: readonly T[]): T[] {
  const dated = entries.filter((entry) => entry.date !== undefined);
  const undated = entries.filter((entry) => entry.date === undefined);
  // ISO dates sort as strings; the sort is stable, so equal dates keep their order.
  return [...dated.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')), ...undated];
}

/** When things happened (event time), kept apart from when each outlet reported them. */
export function Timeline({ entries, outletNames }: { entries: readonly TimelineEntry[]; outletNames: OutletNames }) {
  return (
    <ol className="timeline">
      {orderTimeline(entries).map((entry) => (
        <li key={entry.id} className={entry.disputed ? 'timeline__entry timeline__entry--disputed' : 'timeline__entry'}>
          <p className="timeline__when">
            {entry.date ? <time dateTime={entry.date}>{formatDate(entry.date)}</time> : <span>Date unresolved</span>}
            <span className="timeline__as-written"> ({entry.when})</span>
            {entry.disputed ? (
              <>
                {' '}
                <span className="badge badge--disputed">Outlets disagree on when</span>
              </>
            ) : null}
          </p>
          <p className="timeline__text">
            {entry.clusterId ? <a href={clusterHref(entry.clusterId)}>{entry.text}</a> : entry.text}
          </p>
          <p className="timeline__outlets">
            {listNames(entry.outletIds.map((id) => nameOf(outletNames, id)))}
            {entry.reportedAt.length > 0 ? (
              <span className="timeline__reported">
                {' '}
                · reported{' '}
                {entry.reportedAt.map((report, index) => (
                  <span key={report.outletId}>
                    {index > 0 ? ', ' : ''}
                    <time dateTime={report.date}>{formatDate(report.date)}</time> by {nameOf(outletNames, report.outletId)}
                  </span>
                ))}
              </span>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
