import { describe, expect, it, vi } from 'vitest';
import { bareDigest, fullDigest } from '../../test/fixtures/digest.ts';
import { ENTER, press, renderScreen } from '../../test/fixtures/ink.tsx';
import type { Route } from '../hooks/use-navigation.ts';
import { ConflictScreen } from './conflict.tsx';
import { ConflictsScreen } from './conflicts.tsx';

describe('ConflictsScreen', () => {
  it('lists conflicts with severity and kind, and opens one', async () => {
    const onOpen = vi.fn<(route: Route) => void>();
    const { lastFrame, stdin } = renderScreen(<ConflictsScreen onOpen={onOpen} />, fullDigest());
    const rows = (lastFrame() ?? '').split('\n').slice(1, 4);
    expect(rows[0]).toMatch(/▲ major numeric, 20% apart\s+Vehicles a day/);
    expect(rows[1]).toMatch(/▲ major temporal\s+The closure starts/);
    expect(rows[2]).toMatch(/△ minor certainty\s+Hilltop Herald hedges/);
    await press(stdin, 'j', ENTER);
    expect(onOpen).toHaveBeenCalledWith({ screen: 'conflict', id: 'cf-day' });
  });

  it('says when no conflict was found', () => {
    expect(renderScreen(<ConflictsScreen onOpen={vi.fn()} />, bareDigest()).lastFrame()).toContain('No conflicts found');
  });
});

describe('ConflictScreen', () => {
  it('shows every position with its value and the sentence it rests on', () => {
    const frame = renderScreen(<ConflictScreen id="cf-traffic" />, fullDigest(), { width: 100, height: 40 }).lastFrame() ?? '';
    expect(frame).toContain('▲ major numeric, 20% apart · count');
    expect(frame).toContain('In cluster: About 12,000 vehicles cross the bridge each day.');
    expect(frame).toMatch(/Valley Courier · 12000 vehicle\n\s+About 12,000 vehicles\n\s+│ About 12,000 vehicles cross the bridge each day\./);
    expect(frame).toMatch(/Metro Wire · 15000 vehicle/);
    expect(frame).toContain('wire-1 · sentence 3');
  });

  it('names an unknown conflict', () => {
    expect(renderScreen(<ConflictScreen id="nope" />, fullDigest()).lastFrame()).toContain("No conflict with id 'nope'");
  });
});
