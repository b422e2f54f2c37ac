import { useMemo } from 'react';
import { MessageView } from '../components/message-view.tsx';
import { useLoadedDigest } from '../hooks/use-digest.ts';
import { useLayout } from '../hooks/use-layout.ts';
import { conflictLines } from './conflict-lines.ts';
import { LinesScreen } from './lines-screen.tsx';

export function ConflictScreen({ id }: { id: string }) {
  const digest = useLoadedDigest();
  const { width, height } = useLayout();
  const conflict = digest.conflicts.find((candidate) => candidate.id === id);
  const lines = useMemo(() => (conflict ? conflictLines(conflict, digest, width - 1) : []), [conflict, digest, width]);
  if (!conflict) return <MessageView title={`No conflict with id '${id}'`} tone="error" height={height} />;
  return <LinesScreen viewKey={`conflict:${id}`} lines={lines} />;
}
