import { describe, expect, it, vi } from 'vitest';
import { bareDigest, fullDigest } from '../../test/fixtures/digest.ts';
import { ENTER, press, renderScreen } from '../../test/fixtures/ink.tsx';
import type { Route } from '../hooks/use-navigation.ts';
import { EventScreen } from './event.tsx';
import { TimelineScreen } from './timeline.tsx';

describe('TimelineScreen', () => {
  it('gives each event its time as precise as known and marks disputed times', async () => {
    const onOpen = vi.fn<(route: Route) => void>();
    const { lastFrame, stdin } = renderScreen(<TimelineScreen onOpen={onOpen} />, fullDigest());
    const rows = (lastFrame() ?? '').split('\n');
    expect(rows[1]).toMatch(/› 2024-02\s+last month\s+Engineers find cracks in two support beams\./);
    expect(rows[2]).toMatch(/ 2024-03-04\s+on Monday\s+⚠ The Riverside bridge closes for repairs\./);
    expect(rows[3]).toMatch(/—\s+in six weeks\s+The bridge reopens\./);
    await press(stdin, ENTER);
    expect(onOpen).toHaveBeenCalledWith({ screen: 'event', id: 't-cracks' });
  });

  it('says when there are no events', () => {
    expect(renderScreen(<TimelineScreen onOpen={vi.fn()} />, bareDigest()).lastFrame()).toContain('No dated events found.');
  });
});

describe('EventScreen', () => {
  it('keeps event time apart from report time and shows the sentences behind it', () => {
    const frame = renderScreen(<EventScreen id="t-close" />, fullDigest(), { width: 100, height: 40 }).lastFrame() ?? '';
    expect(frame).toContain('When: on Monday (2024-03-04)');
    expect(frame).toContain('⚠ Outlets place this event at different times.');
    expect(frame).toContain('Reported: Valley Courier 2024-03-01 · Hilltop Herald 2024-03-02');
    expect(frame).toMatch(/Hilltop Herald\n\s+│ The closure starts on Tuesday\./);
  });

  it('gives the period of an event known to the month only', () => {
    const frame = renderScreen(<EventScreen id="t-cracks" />, fullDigest(), { width: 100, height: 40 }).lastFrame() ?? '';
    expect(frame).toContain('When: last month (2024-02)');
  });
});
