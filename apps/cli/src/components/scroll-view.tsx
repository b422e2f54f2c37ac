import { Box, Text } from 'ink';
import type { Line } from '../lines/line.ts';
import { StyledLine } from './styled-line.tsx';

/** Rows left for text when `count` lines must fit in `height` (one row goes to the position bar). */
export function scrollBodyHeight(count: number, height: number): number {
  return count > height ? Math.max(1, height - 1) : height;
}

/** The largest offset that still fills the view. */
export function scrollMax(count: number, height: number): number {
  return Math.max(0, count - scrollBodyHeight(count, height));
}

/** A window of `height` rows onto `lines`, starting at `offset`, with a position bar when it overflows. */
export function ScrollView({ lines, offset, height }: { lines: readonly Line[]; offset: number; height: number }) {
  const body = scrollBodyHeight(lines.length, height);
  const start = Math.min(offset, scrollMax(lines.length, height));
  const shown = lines.slice(start, start + body);
  const isOverflowing = lines.length > height;
  const end = start + shown.length;
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {shown.map((line, index) => (
        <StyledLine key={start + index} line={line} />
      ))}
      {isOverflowing && (
        <Text dimColor>
          {`── lines ${start + 1}–${end} of ${lines.length}${end < lines.length ? ' · ↓ more' : ''}${start > 0 ? ' · ↑ above' : ''}`}
        </Text>
      )}
    </Box>
  );
}
