import { describe, expect, it, vi } from 'vitest';
import { bareDigest, fullDigest } from '../../test/fixtures/digest.ts';
import { ENTER, press, renderScreen } from '../../test/fixtures/ink.tsx';
import type { Route } from '../hooks/use-navigation.ts';
import { OutletsScreen } from './outlets.tsx';

describe('OutletsScreen', () => {
  it('lists articles by outlet with edits and spin, and profiles the selected outlet below', () => {
    const frame = renderScreen(<OutletsScreen onOpen={vi.fn()} />, fullDigest(), { width: 100, height: 30 }).lastFrame() ?? '';
    expect(frame).toMatch(/› Valley Courier\s+2 edits\s+spin 0\.00\s+Riverside bridge to close for repairs/);
    expect(frame).toMatch(/Hilltop Herald\s+0 edits\s+spin 0\.12\s+Bridge closure may last months/);
    expect(frame).toContain('Valley Courier · 1 article · valleycourier.example');
    expect(frame).toContain('Integrity: homoglyph 1 · chrome 1 · 0 flags · spin 0.00 · noise 0.4%');
    expect(frame).toContain('✓ headline supported by its body');
    expect(frame).toContain('Only here: 1 cluster: Engineers found cracks in two support beams.');
  });

  it('follows the cursor with the profile and opens the article', async () => {
    const onOpen = vi.fn<(route: Route) => void>();
    const { lastFrame, stdin } = renderScreen(<OutletsScreen onOpen={onOpen} />, fullDigest(), { width: 100, height: 30 });
    await press(stdin, 'j', 'j');
    expect(lastFrame()).toContain('✗ headline not supported by its body');
    expect(lastFrame()).toContain('Left out (most others report): 2 clusters');
    await press(stdin, ENTER);
    expect(onOpen).toHaveBeenCalledWith({ screen: 'article', id: 'herald-1' });
  });

  it('falls back to counts from the articles when there is no outlet summary', () => {
    const frame = renderScreen(<OutletsScreen onOpen={vi.fn()} />, bareDigest(), { width: 100, height: 30 }).lastFrame() ?? '';
    expect(frame).toContain('Integrity: homoglyph 1 · chrome 1 · 0 flags · spin 0.00');
    expect(frame).toContain('No outlet summary yet.');
  });
});
