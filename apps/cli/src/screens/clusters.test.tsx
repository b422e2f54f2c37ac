import { describe, expect, it, vi } from 'vitest';
import { bareDigest, fullDigest } from '../../test/fixtures/digest.ts';
import { ARROW_DOWN, ARROW_UP, BACKSPACE, ENTER, ESCAPE, press, renderScreen } from '../../test/fixtures/ink.tsx';
import type { Route } from '../hooks/use-navigation.ts';
import { ClustersScreen } from './clusters.tsx';

const selected = (frame: string | undefined) => frame?.split('\n').find((line) => line.startsWith('›')) ?? '';

describe('ClustersScreen', () => {
  it('lists clusters with status and "N outlets, M independent"', () => {
    const frame = renderScreen(<ClustersScreen onOpen={vi.fn()} />, fullDigest()).lastFrame() ?? '';
    const rows = frame.split('\n').slice(1, 5);
    expect(rows[0]).toMatch(/^› ● disputed\s+3 outlets, 2 independent\s+The Riverside bridge will close/);
    expect(rows[1]).toMatch(/● disputed\s+2 outlets, 1 independent\s+About 12,000 vehicles/);
    expect(rows[2]).toMatch(/● corroborated\s+2 outlets, 1 independent/);
    expect(rows[3]).toMatch(/● single-source\s+1 outlet\s+Engineers found cracks/);
  });

  it('moves with arrows and j/k, stops at the ends, and opens the selected cluster', async () => {
    const onOpen = vi.fn<(route: Route) => void>();
    const { lastFrame, stdin } = renderScreen(<ClustersScreen onOpen={onOpen} />, fullDigest());
    await press(stdin, ARROW_UP);
    expect(selected(lastFrame())).toContain('The Riverside bridge will close');
    await press(stdin, ARROW_DOWN, 'j');
    expect(selected(lastFrame())).toContain('Mayor Ana Lopez said');
    await press(stdin, 'k', ENTER);
    expect(onOpen).toHaveBeenCalledWith({ screen: 'cluster', id: 'cl-traffic' });
  });

  it('filters with / on label, status and outlet names; esc clears the filter', async () => {
    const onOpen = vi.fn<(route: Route) => void>();
    const { lastFrame, stdin } = renderScreen(<ClustersScreen onOpen={onOpen} />, fullDigest());
    await press(stdin, '/', 'c', 'o', 'r', 'r', 'x');
    expect(lastFrame()).toContain(`Nothing matches 'corrx'.`);
    await press(stdin, BACKSPACE);
    expect(lastFrame()).toContain('1 of 4');
    expect(selected(lastFrame())).toContain('corroborated');
    await press(stdin, ENTER, ENTER);
    expect(onOpen).toHaveBeenCalledWith({ screen: 'cluster', id: 'cl-quote' });
    await press(stdin, '/', ESCAPE);
    expect(lastFrame()).not.toContain('of 4');
    expect(lastFrame()).toContain('Engineers found cracks');
  });

  it('types q and digits into the filter instead of acting on them', async () => {
    const { lastFrame, stdin } = renderScreen(<ClustersScreen onOpen={vi.fn()} />, fullDigest());
    await press(stdin, '/', 'h', 'i', 'l', 'l', 't', 'o', 'p', ' ', 'q');
    expect(lastFrame()).toContain('/ hilltop q');
  });

  it('says when there are no clusters', () => {
    const frame = renderScreen(<ClustersScreen onOpen={vi.fn()} />, bareDigest()).lastFrame() ?? '';
    expect(frame).toContain('Clusters · 0');
    expect(frame).toContain('No clusters found');
  });
});
