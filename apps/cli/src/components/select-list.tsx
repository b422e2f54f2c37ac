import { Box, Text } from 'ink';
import type { Line } from '../lines/line.ts';
import { StyledLine } from './styled-line.tsx';

export interface SelectListProps {
  /** One line per row that matches the filter. */
  rows: readonly Line[];
  cursor: number;
  height: number;
  /** Rows before filtering. */
  total: number;
  filter: string;
  isFiltering: boolean;
  emptyText: string;
}

/** The rows around the cursor, the cursor marked, and the filter being typed. */
export function SelectList({ rows, cursor, height, total, filter, isFiltering, emptyText }: SelectListProps) {
  const hasFilterBar = isFiltering || filter !== '';
  const body = Math.max(1, height - (hasFilterBar ? 1 : 0));
  const start = Math.max(0, Math.min(cursor - Math.floor(body / 2), rows.length - body));
  const shown = rows.slice(start, start + body);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {hasFilterBar && (
        <Text>
          <Text color="cyan">/ </Text>
          <Text>{filter}</Text>
          {isFiltering && <Text inverse> </Text>}
          <Text dimColor>{`  ${rows.length} of ${total}${isFiltering ? ' · enter keep · esc clear' : ''}`}</Text>
        </Text>
      )}
      {rows.length === 0 && <Text dimColor>{filter ? `Nothing matches '${filter}'.` : emptyText}</Text>}
      {shown.map((row, index) => {
        const isSelected = start + index === cursor;
        return <StyledLine key={start + index} line={[{ text: isSelected ? '› ' : '  ', style: { color: 'cyan', bold: true } }, ...(isSelected ? row.map(bold) : row)]} />;
      })}
    </Box>
  );
}

function bold(segment: Line[number]): Line[number] {
  return { ...segment, style: { ...segment.style, bold: true } };
}
