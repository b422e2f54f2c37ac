import { useMemo } from 'react';
import { useLayout } from '../hooks/use-layout.ts';
import { helpLines } from './help-lines.ts';
import { LinesScreen } from './lines-screen.tsx';

export function HelpScreen() {
  const { width } = useLayout();
  const lines = useMemo(() => helpLines(width - 1), [width]);
  return <LinesScreen viewKey="help" lines={lines} />;
}
