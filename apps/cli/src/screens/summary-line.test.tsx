import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { renderScreen } from '../../test/fixtures/ink.tsx';
import { SummaryLineScreen } from './summary-line.tsx';

describe('SummaryLineScreen', () => {
  it('shows what a cluster line states and the sentences behind it, per outlet, with where each sits', () => {
    const frame = renderScreen(<SummaryLineScreen id="0" />, fullDigest(), { width: 100, height: 60 }).lastFrame() ?? '';
    expect(frame.startsWith('The Riverside bridge will close for repairs (3 outlets, 2 independent)')).toBe(true);
    expect(frame).toContain('States a claim · 4 source sentences from 3 outlets');
    expect(frame).toContain('Cluster: ● disputed 3 outlets, 2 independent · The Riverside bridge will close on Monday');
    expect(frame).toMatch(/Receipts\n\n\s+Valley Courier · asserted\n\s+│ The Riverside bridge will close on Monday for six weeks of repairs, the city said.\n\s+courier-1 · sentence 2/);
    expect(frame).toMatch(/Hilltop Herald · hedged\n\s+│ The Riverside bridge could stay closed for months[^\n]*\n\s+herald-1 · sentence 2\n\s+│ The closure starts on Tuesday.\n\s+herald-1 · sentence 3/);
    expect(frame.indexOf('Valley Courier · asserted')).toBeLessThan(frame.indexOf('Metro Wire · reported'));
  });

  it('shows a conflict line with only the sentences of the sides it names', () => {
    const frame = renderScreen(<SummaryLineScreen id="1" />, fullDigest(), { width: 100, height: 60 }).lastFrame() ?? '';
    expect(frame).toContain('States a conflict · 2 source sentences from 2 outlets');
    expect(frame).toContain('Conflict: ▲ major numeric, 20% apart: Vehicles a day');
    expect(frame).toContain('│ About 12,000 vehicles cross the bridge each day.');
    expect(frame).toContain('│ About 15,000 vehicles use the bridge daily.');
    expect(frame).not.toContain('Hilltop Herald');
  });

  it('names a line the digest does not have', () => {
    const frame = renderScreen(<SummaryLineScreen id="9" />, fullDigest()).lastFrame() ?? '';
    expect(frame).toContain('No summary line 9');
  });
});
