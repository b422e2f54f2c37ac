import { useMemo } from 'react';
import { useLoadedDigest } from '../hooks/use-digest.ts';
import { useLayout } from '../hooks/use-layout.ts';
import { EntriesScreen } from './entries-screen.tsx';
import { overviewLines } from './overview-lines.ts';
import type { ScreenProps } from './route-props.ts';

/** The digest at a glance; a summary line, cluster or conflict opens its receipts with enter. */
export function OverviewScreen({ onOpen }: ScreenProps) {
  const digest = useLoadedDigest();
  const { width } = useLayout();
  const { lines, entries } = useMemo(() => overviewLines(digest, width - 1), [digest, width]);
  return (
    <EntriesScreen
      viewKey="overview"
      lines={lines}
      entries={entries}
      onOpen={(index) => {
        const entry = entries[index];
        if (entry) onOpen(entry.route);
      }}
    />
  );
}
