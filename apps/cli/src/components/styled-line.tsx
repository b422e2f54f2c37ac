import { Text } from 'ink';
import type { Line } from '../lines/line.ts';

/** One row of styled segments, cut at the terminal's edge rather than wrapped. */
export function StyledLine({ line }: { line: Line }) {
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((segment, index) => (
        <Text key={index} {...segment.style}>
          {segment.text}
        </Text>
      ))}
    </Text>
  );
}
