import { Box, Text } from 'ink';
import { TABS, type TabId } from '../tabs.ts';

/**
 * Tab labels that fit `width`: with counts (`2 Clusters 14`), else without, else shortened (`2 Clu`).
 */
export function tabLabels(counts: Partial<Record<TabId, number>>, width: number): string[] {
  const variants = [
    TABS.map((tab, index) => ` ${index + 1} ${tab.title}${counts[tab.id] === undefined ? '' : ` ${counts[tab.id]}`} `),
    TABS.map((tab, index) => ` ${index + 1} ${tab.title} `),
    TABS.map((tab, index) => ` ${index + 1} ${tab.title.slice(0, 3)} `),
  ];
  return variants.find((labels) => labels.join('').length <= width) ?? variants[variants.length - 1] ?? [];
}

/** The corpus name and the numbered tabs, the current one highlighted; counts where they fit. */
export function TabBar({ title, current, counts, width }: { title: string; current: TabId; counts: Partial<Record<TabId, number>>; width: number }) {
  const labels = tabLabels(counts, width);
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold color="cyan">
          Parallax
        </Text>
        <Text dimColor>{` · ${title}`}</Text>
      </Text>
      <Text wrap="truncate-end">
        {TABS.map((tab, index) =>
          tab.id === current ? (
            <Text key={tab.id} inverse bold>
              {labels[index]}
            </Text>
          ) : (
            <Text key={tab.id}>{labels[index]}</Text>
          ),
        )}
      </Text>
    </Box>
  );
}
