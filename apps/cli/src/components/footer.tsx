import { Text } from 'ink';

/** The keys that work here, one line. */
export function Footer({ hints }: { hints: readonly string[] }) {
  return (
    <Text dimColor wrap="truncate-end">
      {hints.join(' · ')}
    </Text>
  );
}
