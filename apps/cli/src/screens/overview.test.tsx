import { describe, expect, it } from 'vitest';
import { bareDigest, fullDigest } from '../../test/fixtures/digest.ts';
import { ARROW_DOWN, press, renderScreen } from '../../test/fixtures/ink.tsx';
import { OverviewScreen } from './overview.tsx';

describe('OverviewScreen', () => {
  it('shows the summary, the best-supported clusters with their support, conflicts and outlets', () => {
    const { lastFrame } = renderScreen(<OverviewScreen />, fullDigest(), { width: 100, height: 60 });
    const frame = lastFrame() ?? '';
    expect(frame).toContain('3 articles · 3 outlets · 10 claims · 4 clusters · 3 conflicts · 2 quotes · 2 events · 2 edits');
    expect(frame).toContain('• Daily traffic is given as 12,000 and as 15,000 vehicles.');
    expect(frame).toMatch(/● disputed\s+3 outlets, 2 independent\n\s+The Riverside bridge will close on Monday/);
    expect(frame).toMatch(/● corroborated\s+2 outlets, 1 independent/);
    expect(frame).toContain('▲ major temporal: The closure starts on Monday');
    expect(frame).toContain('▲ major numeric, 20% apart: Vehicles a day');
    expect(frame).toMatch(/Valley Courier\s+1 article · homoglyph 1 · chrome 1 · spin 0.00/);
    // Major conflicts come before minor ones.
    expect(frame.indexOf('△ minor')).toBeGreaterThan(frame.indexOf('▲ major numeric'));
  });

  it('says so when the digest has nothing to show yet', () => {
    const frame = renderScreen(<OverviewScreen />, bareDigest(), { width: 100, height: 60 }).lastFrame() ?? '';
    expect(frame).toContain('No cross-source summary yet.');
    expect(frame).toContain('No clusters found.');
    expect(frame).toContain('No conflicts found.');
    expect(frame).not.toContain('skipped');
  });

  it('scrolls when the overview is taller than the screen', async () => {
    const { lastFrame, stdin } = renderScreen(<OverviewScreen />, fullDigest(), { width: 100, height: 8 });
    expect(lastFrame()).toContain('The Riverside bridge closure, March 2024');
    expect(lastFrame()).toMatch(/lines 1–7 of \d+ · ↓ more/);
    await press(stdin, ARROW_DOWN, 'j');
    expect(lastFrame()).not.toContain('The Riverside bridge closure, March 2024');
    expect(lastFrame()).toMatch(/lines 3–9 of \d+/);
    await press(stdin, 'G');
    expect(lastFrame()).not.toContain('↓ more');
    await press(stdin, 'g');
    expect(lastFrame()).toContain('The Riverside bridge closure, March 2024');
  });
});
