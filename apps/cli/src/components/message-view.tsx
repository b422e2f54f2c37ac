import { Box, Text } from 'ink';

/** A whole-area message: loading, an error, or nothing to show. */
export function MessageView({ title, detail, tone = 'plain', height }: { title: string; detail?: string; tone?: 'plain' | 'error'; height: number }) {
  return (
    <Box flexDirection="column" height={height} paddingLeft={1}>
      <Text bold color={tone === 'error' ? 'red' : undefined}>
        {title}
      </Text>
      {detail && <Text>{detail}</Text>}
    </Box>
  );
}
