import { useMemo } from 'react';
import { MessageView } from '../components/message-view.tsx';
import { useLoadedDigest } from '../hooks/use-digest.ts';
import { useLayout } from '../hooks/use-layout.ts';
import { LinesScreen } from './lines-screen.tsx';
import { quoteLines } from './quote-lines.ts';

export function QuoteScreen({ id }: { id: string }) {
  const digest = useLoadedDigest();
  const { width, height } = useLayout();
  const quote = digest.quotes.find((candidate) => candidate.id === id);
  const lines = useMemo(() => (quote ? quoteLines(quote, digest, width - 1) : []), [quote, digest, width]);
  if (!quote) return <MessageView title={`No quote with id '${id}'`} tone="error" height={height} />;
  return <LinesScreen viewKey={`quote:${id}`} lines={lines} />;
}
