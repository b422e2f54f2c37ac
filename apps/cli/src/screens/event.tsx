import { useMemo } from 'react';
import { MessageView } from '../components/message-view.tsx';
import { useLoadedDigest } from '../hooks/use-digest.ts';
import { useLayout } from '../hooks/use-layout.ts';
import { eventLines } from './event-lines.ts';
import { LinesScreen } from './lines-screen.tsx';

export function EventScreen({ id }: { id: string }) {
  const digest = useLoadedDigest();
  const { width, height } = useLayout();
  const entry = digest.timeline.find((candidate) => candidate.id === id);
  const lines = useMemo(() => (entry ? eventLines(entry, digest, width - 1) : []), [entry, digest, width]);
  if (!entry) return <MessageView title={`No event with id '${id}'`} tone="error" height={height} />;
  return <LinesScreen viewKey={`event:${id}`} lines={lines} />;
}
