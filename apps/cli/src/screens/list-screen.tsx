import { Box } from 'ink';
import { useMemo } from 'react';
import { SelectList } from '../components/select-list.tsx';
import { StyledLine } from '../components/styled-line.tsx';
import { useLayout } from '../hooks/use-layout.ts';
import { useListInput } from '../hooks/use-list-input.ts';
import { cursorIn, useListState } from '../hooks/use-list-state.ts';
import type { Line } from '../lines/line.ts';
import { DIM } from '../lines/styles.ts';
import { matchesFilter } from './filter.ts';

export interface ListScreenProps<T> {
  viewKey: string;
  header: Line;
  items: readonly T[];
  /** What `/` searches in a row. */
  searchText(item: T): string;
  row(item: T, width: number): Line;
  emptyText: string;
  onOpen(item: T): void;
  /** Lines about the selected row, shown under the list. */
  preview?(item: T, width: number): Line[];
}

const PREVIEW_SHARE = 0.45;

/** A header, the filterable list and an optional preview of the selected row. */
export function ListScreen<T>({ viewKey, header, items, searchText, row, emptyText, onOpen, preview }: ListScreenProps<T>) {
  const { width, height, isActive } = useLayout();
  const [state, dispatch] = useListState(viewKey);
  const visible = useMemo(() => items.filter((item) => matchesFilter(searchText(item), state.filter)), [items, searchText, state.filter]);
  const cursor = cursorIn(state, visible.length);
  const selected = visible[cursor];
  const previewLines = preview && selected ? preview(selected, width - 2) : [];
  const previewHeight = previewLines.length > 0 ? Math.min(previewLines.length + 1, Math.floor(height * PREVIEW_SHARE)) : 0;
  const listHeight = Math.max(1, height - 1 - previewHeight);
  const openAt = (index: number) => {
    const item = visible[index];
    if (item !== undefined) onOpen(item);
  };
  useListInput({ state, dispatch, count: visible.length, pageSize: Math.max(1, listHeight - 1), isActive, onOpen: openAt });
  return (
    <Box flexDirection="column" height={height}>
      <StyledLine line={header} />
      <SelectList
        count={visible.length}
        row={(index) => {
          const item = visible[index];
          return item === undefined ? [] : row(item, width - 2);
        }}
        cursor={cursor}
        height={listHeight}
        total={items.length}
        filter={state.filter}
        isFiltering={state.isFiltering}
        emptyText={emptyText}
      />
      {previewHeight > 0 && (
        <Box flexDirection="column" height={previewHeight} overflow="hidden">
          <StyledLine line={[{ text: '─'.repeat(Math.max(0, width - 1)), style: DIM }]} />
          {previewLines.slice(0, previewHeight - 1).map((line, index) => (
            <StyledLine key={index} line={line} />
          ))}
        </Box>
      )}
    </Box>
  );
}
