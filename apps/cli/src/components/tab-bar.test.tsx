import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { TabBar, tabLabels } from './tab-bar.tsx';

describe('TabBar', () => {
  const counts = { clusters: 14, conflicts: 3, outlets: 5, quotes: 20, timeline: 8 };

  it('numbers every tab and shows counts when they fit', () => {
    const frame = render(<TabBar title="A story" current="clusters" counts={counts} width={100} />).lastFrame() ?? '';
    expect(frame).toContain('Parallax · A story');
    expect(frame).toContain(' 1 Overview  2 Clusters 14  3 Conflicts 3  4 Outlets 5  5 Quotes 20  6 Timeline 8');
  });

  it('drops counts, then shortens titles, on narrow terminals', () => {
    expect(tabLabels(counts, 70).join('')).toBe(' 1 Overview  2 Clusters  3 Conflicts  4 Outlets  5 Quotes  6 Timeline ');
    expect(tabLabels(counts, 40).join('')).toBe(' 1 Ove  2 Clu  3 Con  4 Out  5 Quo  6 Tim ');
  });
});
