import type { TimelineEntry } from '@parallax/core';
import { indexDigest } from '../data/digest-index.ts';
import { truncate } from '../format/describe.ts';
import { useLoadedDigest } from '../hooks/use-digest.ts';
import { DIM, HEADING, WARNING } from '../lines/styles.ts';
import { ListScreen } from './list-screen.tsx';
import type { ScreenProps } from './route-props.ts';

const WHEN_MAX = 20;

/** Events in the digest's order, when they happened (not when they were reported); disputed times marked. */
export function TimelineScreen({ onOpen }: ScreenProps) {
  const digest = useLoadedDigest();
  const entries = digest.timeline;
  const index = indexDigest(digest);
  const dateWidth = Math.max(1, ...entries.map((entry) => timeOf(entry).length)) + 2;
  const whenWidth = Math.min(WHEN_MAX, Math.max(0, ...entries.map((entry) => entry.when.length))) + 2;
  return (
    <ListScreen<TimelineEntry>
      viewKey="timeline"
      header={[{ text: `Timeline · ${entries.length}`, style: HEADING }, { text: ' · event time, not report time', style: DIM }]}
      items={entries}
      searchText={(entry) => `${timeOf(entry)} ${entry.when} ${entry.text} ${entry.outletIds.map(index.outletName).join(' ')}`}
      row={(entry) => [
        { text: (timeOf(entry) || '—').padEnd(dateWidth), style: { bold: true } },
        { text: truncate(entry.when, WHEN_MAX).padEnd(whenWidth), style: DIM },
        entry.disputed ? { text: '⚠ ', style: WARNING } : { text: '  ' },
        { text: entry.text },
      ]}
      emptyText="No dated events found."
      onOpen={(entry) => onOpen({ screen: 'event', id: entry.id })}
    />
  );
}

/** The event time at the precision the sources give: a day, a month (`2024-02`) or a year. */
function timeOf(entry: TimelineEntry): string {
  return entry.date ?? entry.period ?? '';
}
