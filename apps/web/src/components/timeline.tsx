import type { TimelineEntry } from '@parallax/core';
import { clusterHref } from '../lib/anchors.ts';
import { formatDate, formatPeriod } from '../lib/format.ts';
import { listNames, nameOf, type OutletNames } from '../lib/names.ts';

/** The event time in words: a calendar day where known, else its month or year, else unresolved. */
function When({ entry }: { entry: TimelineEntry }) {
  if (entry.date) return <time dateTime={entry.date}>{formatDate(entry.date)}</time>;
  if (entry.period) return <time dateTime={entry.period}>{formatPeriod(entry.period)}</time>;
  return <span>Date unresolved</span>;
}

/**
 * When things happened (event time), kept apart from when each outlet reported them; entries in the
 * digest's order (time order, events placed in no time last).
 */
export function Timeline({ entries, outletNames }: { entries: readonly TimelineEntry[]; outletNames: OutletNames }) {
  return (
    <ol className="timeline">
      {entries.map((entry) => (
        <li key={entry.id} className={entry.disputed ? 'timeline__entry timeline__entry--disputed' : 'timeline__entry'}>
          <p className="timeline__when">
            <When entry={entry} />
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
