import { Box, Text } from 'ink';
import { TABS, type TabId } from '../tabs.ts';

/** The corpus name and the numbered tabs, the current one highlighted; counts where known. */
export function TabBar({ title, current, counts }: { title: string; current: TabId; counts: Partial<Record<TabId, number>> }) {
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold color="cyan">
          Parallax
        </Text>
        <Text dimColor>{` · ${title}`}</Text>
      </Text>
      <Text wrap="truncate-end">
        {TABS.map((tab, index) => {
          const label = ` ${index + 1} ${tab.title}${counts[tab.id] === undefined ? '' : ` ${counts[tab.id]}`} `;
          return tab.id === current ? (
            <Text key={tab.id} inverse bold>
              {label}
            </Text>
          ) : (
            <Text key={tab.id}>{label}</Text>
          );
        })}
      </Text>
    </Box>
  );
}
