import { useMemo } from 'react';
import { ScrollView, scrollBodyHeight, scrollMax } from '../components/scroll-view.tsx';
import { useEntriesInput } from '../hooks/use-entries-input.ts';
import { useEntriesState, type EntrySpan } from '../hooks/use-entries-state.ts';
import { useLayout } from '../hooks/use-layout.ts';
import type { Line, Segment } from '../lines/line.ts';

const MARK: Segment = { text: '› ', style: { color: 'cyan', bold: true } };

export interface EntriesScreenProps {
  viewKey: string;
  lines: readonly Line[];
  /** The parts of `lines` that can be selected; each begins with at least two spaces of indent. */
  entries: readonly EntrySpan[];
  onOpen(entryIndex: number): void;
}

/**
 * A reading view with selectable entries: the selected one is marked `›` and bold, enter opens it.
 * Scroll position and selection are remembered under `viewKey`.
 */
export function EntriesScreen({ viewKey, lines, entries, onOpen }: EntriesScreenProps) {
  const { height, isActive } = useLayout();
  const [stored, dispatch] = useEntriesState(viewKey);
  const body = scrollBodyHeight(lines.length, height);
  const geometry = useMemo(() => ({ entries, body, max: scrollMax(lines.length, height) }), [entries, body, lines.length, height]);
  // Fewer entries than when the state was stored (another digest, a resize): keep the cursor on one.
  const state = { ...stored, cursor: Math.min(stored.cursor, Math.max(0, entries.length - 1)) };
  const openSelected = () => {
    if (entries.length > 0) onOpen(state.cursor);
  };
  useEntriesInput({ dispatch, geometry, isActive, onOpen: openSelected });
  const selected = entries[state.cursor];
  const shown = useMemo(() => (selected ? markEntry(lines, selected) : lines), [lines, selected]);
  return <ScrollView lines={shown} offset={Math.min(state.offset, geometry.max)} height={height} />;
}

/** The lines with one entry marked: `›` in its indent, its text bold. */
export function markEntry(lines: readonly Line[], entry: EntrySpan): Line[] {
  return lines.map((line, index) => {
    if (index < entry.start || index >= entry.end) return line;
    const bold = line.map((segment) => ({ ...segment, style: { ...segment.style, bold: true } }));
    if (index !== entry.start) return bold;
    const [first, ...rest] = bold;
    if (!first?.text.startsWith('  ')) return bold;
    const after = first.text.slice(2);
    return [MARK, ...(after ? [{ ...first, text: after }] : []), ...rest];
  });
}
