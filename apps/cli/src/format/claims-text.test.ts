import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { formatClaims } from './claims-text.ts';

describe('formatClaims', () => {
  const claims = fullDigest().claims;

  it('writes each claim with its id, modality, numbers, quote and attribution', () => {
    const text = formatClaims(claims);
    expect(text).toContain('courier-1#s4#c0  [asserted]\n  About 12,000 vehicles cross the bridge each day.\n  numbers: About 12,000 vehicles');
    expect(text).toContain('  quote: “We cannot take any risks with public safety” — Ana Lopez\n  according to: Ana Lopez');
    expect(text).toContain('herald-1#s1#c0  [hedged]');
  });

  it('says when there are no claims', () => {
    expect(formatClaims([])).toBe('(no claims)\n');
  });
});
