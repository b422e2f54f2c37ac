import { useMemo } from 'react';
import { useLoadedDigest } from '../hooks/use-digest.ts';
import { useLayout } from '../hooks/use-layout.ts';
import { LinesScreen } from './lines-screen.tsx';
import { overviewLines } from './overview-lines.ts';

/** The digest at a glance. */
export function OverviewScreen() {
  const digest = useLoadedDigest();
  const { width } = useLayout();
  const lines = useMemo(() => overviewLines(digest, width - 1), [digest, width]);
  return <LinesScreen viewKey="overview" lines={lines} />;
}
