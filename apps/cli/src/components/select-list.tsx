import { Box, Text } from 'ink';
import type { Line } from '../lines/line.ts';
import { StyledLine } from './styled-line.tsx';

export interface SelectListProps {
  /** Rows that match the filter. */
  count: number;
  /** Draws row `index` as one line; only rows on screen are drawn. */
  row(index: number): Line;
  cursor: number;
  height: number;
  /** Rows before filtering. */
  total: number;
  filter: string;
  isFiltering: boolean;
  emptyText: string;
}

/** The rows around the cursor, the cursor marked, and the filter being typed. */
export function SelectList({ count, row, cursor, height, total, filter, isFiltering, emptyText }: SelectListProps) {
  const hasFilterBar = isFiltering || filter !== '';
  const body = Math.max(1, height - (hasFilterBar ? 1 : 0));
  const start = Math.max(0, Math.min(cursor - Math.floor(body / 2), count - body));
  const shown = Array.from({ length: Math.max(0, Math.min(body, count - start)) }, (_, offset) => row(start + offset));
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {hasFilterBar && (
        <Text>
          <Text color="cyan">/ </Text>
          <Text>{filter}</Text>
          {isFiltering && <Text inverse> </Text>}
          <Text dimColor>{`  ${count} of ${total}${isFiltering ? ' · enter keep · esc clear' : ' · / changes it'}`}</Text>
        </Text>
      )}
      {count === 0 && <Text dimColor>{filter ? `Nothing matches '${filter}'.` : emptyText}</Text>}
      {shown.map((line, index) => {
        const isSelected = start + index === cursor;
        return <StyledLine key={start + index} line={[{ text: isSelected ? '› ' : '  ', style: { color: 'cyan', bold: true } }, ...(isSelected ? line.map(bold) : line)]} />;
      })}
    </Box>
  );
}

function bold(segment: Line[number]): Line[number] {
  return { ...segment, style: { ...segment.style, bold: true } };
}
