import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { line } from '../lines/line.ts';
import { ScrollView, scrollMax } from './scroll-view.tsx';

const lines = Array.from({ length: 10 }, (_, index) => line(`row ${index + 1}`));

describe('ScrollView', () => {
  it('shows everything, without a position bar, when it fits', () => {
    const frame = render(<ScrollView lines={lines.slice(0, 3)} offset={0} height={5} />).lastFrame() ?? '';
    expect(frame).toContain('row 3');
    expect(frame).not.toContain('lines');
  });

  it('shows a window and where it is', () => {
    const frame = render(<ScrollView lines={lines} offset={2} height={5} />).lastFrame() ?? '';
    expect(frame.split('\n').slice(0, 4)).toEqual(['row 3', 'row 4', 'row 5', 'row 6']);
    expect(frame).toContain('── lines 3–6 of 10 · ↓ more · ↑ above');
  });

  it('never scrolls past the last full window', () => {
    expect(scrollMax(10, 5)).toBe(6);
    expect(scrollMax(3, 5)).toBe(0);
    const frame = render(<ScrollView lines={lines} offset={99} height={5} />).lastFrame() ?? '';
    expect(frame).toContain('── lines 7–10 of 10 · ↑ above');
  });
});
