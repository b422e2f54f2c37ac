import { describe, expect, it, vi } from 'vitest';
import type { Route } from '../hooks/use-navigation.ts';
import { bareDigest, fullDigest } from '../../test/fixtures/digest.ts';
import { ARROW_DOWN, ARROW_UP, ENTER, press, renderScreen } from '../../test/fixtures/ink.tsx';
import { OverviewScreen } from './overview.tsx';

const noOpen = () => {};

describe('OverviewScreen', () => {
  it('shows the summary, the best-supported clusters with their support, conflicts and outlets', () => {
    const { lastFrame } = renderScreen(<OverviewScreen onOpen={noOpen} />, fullDigest(), { width: 100, height: 60 });
    const frame = lastFrame() ?? '';
    expect(frame).toContain('3 articles · 3 outlets · 10 claims · 4 clusters · 3 conflicts · 2 quotes · 3 events · 2 edits');
    expect(frame).toContain('Summary · enter on a line shows the sentences behind it');
    expect(frame).toContain('• Daily traffic is given as 12,000 and as 15,000 vehicles. · 2 sources');
    expect(frame).toMatch(/● disputed\s+3 outlets, 2 independent\n\s+The Riverside bridge will close on Monday/);
    expect(frame).toMatch(/● corroborated\s+2 outlets, 1 independent/);
    expect(frame).toContain('▲ major temporal: The closure starts on Monday');
    expect(frame).toContain('▲ major numeric, 20% apart: Vehicles a day');
    expect(frame).toMatch(/Valley Courier\s+1 article · homoglyph 1 · chrome 1 · spin 0.00/);
    // The digest's order: major conflicts before minor ones.
    expect(frame.indexOf('△ minor')).toBeGreaterThan(frame.indexOf('▲ major numeric'));
  });

  it('says so when the digest has nothing to show yet', () => {
    const frame = renderScreen(<OverviewScreen onOpen={noOpen} />, bareDigest(), { width: 100, height: 60 }).lastFrame() ?? '';
    expect(frame).toContain('No cross-source summary yet.');
    expect(frame).toContain('No clusters found.');
    expect(frame).toContain('No conflicts found.');
    expect(frame).not.toContain('skipped');
    expect(frame).not.toContain('›');
  });

  it('selects the first summary line, moves from entry to entry and opens the selected one with enter', async () => {
    const onOpen = vi.fn<(route: Route) => void>();
    const { lastFrame, stdin } = renderScreen(<OverviewScreen onOpen={onOpen} />, fullDigest(), { width: 100, height: 60 });
    expect(lastFrame()).toMatch(/› • The Riverside bridge will close for repairs/);
    await press(stdin, ENTER);
    expect(onOpen).toHaveBeenLastCalledWith({ screen: 'line', id: '0' });
    await press(stdin, ARROW_DOWN);
    expect(lastFrame()).toMatch(/› • Daily traffic is given/);
    expect(lastFrame()).not.toMatch(/› • The Riverside/);
    await press(stdin, ENTER);
    expect(onOpen).toHaveBeenLastCalledWith({ screen: 'line', id: '1' });
    // Past the summary, the clusters and conflicts are entries too.
    await press(stdin, 'j', ENTER);
    expect(lastFrame()).toMatch(/› ● disputed/);
    expect(onOpen).toHaveBeenLastCalledWith({ screen: 'cluster', id: 'cl-closure' });
    await press(stdin, ARROW_UP, ARROW_UP, ENTER);
    expect(onOpen).toHaveBeenLastCalledWith({ screen: 'line', id: '0' });
  });

  it('scrolls to keep the selection in view, and past the last entry to the outlets', async () => {
    const { lastFrame, stdin } = renderScreen(<OverviewScreen onOpen={noOpen} />, fullDigest(), { width: 100, height: 8 });
    expect(lastFrame()).toContain('The Riverside bridge closure, March 2024');
    expect(lastFrame()).toMatch(/lines 1–7 of \d+ · ↓ more/);
    await press(stdin, ARROW_DOWN, 'j', 'j');
    expect(lastFrame()).toMatch(/› ● disputed\s+2 outlets, 1 independent/);
    expect(lastFrame()).not.toContain('The Riverside bridge closure, March 2024');
    await press(stdin, 'G');
    expect(lastFrame()).not.toContain('↓ more');
    expect(lastFrame()).toContain('Hilltop Herald');
    await press(stdin, 'g');
    expect(lastFrame()).toContain('The Riverside bridge closure, March 2024');
    expect(lastFrame()).toMatch(/› • The Riverside bridge will close for repairs/);
  });
});
