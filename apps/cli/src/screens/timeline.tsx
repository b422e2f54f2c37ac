import type { TimelineEntry } from '@parallax/core';
import { useMemo } from 'react';
import { indexDigest } from '../data/digest-index.ts';
import { orderTimeline } from '../format/rank.ts';
import { useLoadedDigest } from '../hooks/use-digest.ts';
import { DIM, HEADING, WARNING } from '../lines/styles.ts';
import { ListScreen } from './list-screen.tsx';
import type { ScreenProps } from './route-props.ts';

/** Events in the order they happened (not when they were reported); disputed times marked. */
export function TimelineScreen({ onOpen }: ScreenProps) {
  const digest = useLoadedDigest();
  const entries = useMemo(() => orderTimeline(digest.timeline), [digest]);
  const index = indexDigest(digest);
  return (
    <ListScreen<TimelineEntry>
      viewKey="timeline"
      header={[{ text: `Timeline · ${entries.length}`, style: HEADING }, { text: ' · event time, not report time', style: DIM }]}
      items={entries}
      searchText={(entry) => `${entry.date ?? ''} ${entry.when} ${entry.text} ${entry.outletIds.map(index.outletName).join(' ')}`}
      row={(entry) => [
        { text: (entry.date ?? '—').padEnd(17), style: { bold: true } },
        { text: `${entry.when.slice(0, 17).padEnd(18)}`, style: DIM },
        entry.disputed ? { text: '⚠ ', style: WARNING } : { text: '  ' },
        { text: entry.text },
      ]}
      emptyText="No dated events found."
      onOpen={(entry) => onOpen({ screen: 'event', id: entry.id })}
    />
  );
}
