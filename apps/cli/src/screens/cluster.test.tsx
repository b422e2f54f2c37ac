import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { renderScreen, waitForFrame } from '../../test/fixtures/ink.tsx';
import { ClusterScreen } from './cluster.tsx';

describe('ClusterScreen', () => {
  it('shows each outlet’s claims with the source sentences behind them (receipts), via clusters.get', async () => {
    const { lastFrame } = renderScreen(<ClusterScreen id="cl-closure" />, fullDigest(), { width: 100, height: 60 });
    const frame = await waitForFrame(lastFrame, (text) => text.includes('Receipts'));
    expect(frame).toContain('● disputed · 3 outlets, 2 independent · check-worthiness 0.90');
    expect(frame).toContain('Shared copy, counted once: Valley Courier = Metro Wire');
    expect(frame).toMatch(/Conflicts inside\n\s+▲ major temporal: The closure starts/);
    expect(frame).toMatch(/Hilltop Herald\s+hedges/);
    expect(frame).toMatch(/Hilltop Herald · hedged\n\s+│ The Riverside bridge could stay closed for months/);
    expect(frame).toContain('│ The closure starts on Tuesday.');
    expect(frame).toContain('herald-1 · sentence 3');
    expect(frame.indexOf('Valley Courier · asserted')).toBeLessThan(frame.indexOf('Metro Wire · reported'));
  });

  it('shows the router’s error for an unknown cluster', async () => {
    const { lastFrame } = renderScreen(<ClusterScreen id="nope" />, fullDigest());
    const frame = await waitForFrame(lastFrame, (text) => text.includes('Could not load the cluster'));
    expect(frame).toContain("no cluster with id 'nope'");
  });
});
