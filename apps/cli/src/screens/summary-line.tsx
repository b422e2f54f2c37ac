import { useMemo } from 'react';
import { MessageView } from '../components/message-view.tsx';
import { useLoadedDigest } from '../hooks/use-digest.ts';
import { useLayout } from '../hooks/use-layout.ts';
import { LinesScreen } from './lines-screen.tsx';
import { summaryLineLines } from './summary-line-lines.ts';

/** The receipts of one digest summary line; `id` is the line's index in `summaryLines`. */
export function SummaryLineScreen({ id }: { id: string }) {
  const digest = useLoadedDigest();
  const { width, height } = useLayout();
  const line = /^\d+$/.test(id) ? digest.summaryLines[Number(id)] : undefined;
  const lines = useMemo(() => (line ? summaryLineLines(line, digest, width - 1) : []), [line, digest, width]);
  if (!line) return <MessageView title={`No summary line ${id}`} tone="error" height={height} />;
  return <LinesScreen viewKey={`line:${id}`} lines={lines} />;
}
