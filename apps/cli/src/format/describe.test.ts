import { describe, expect, it } from 'vitest';
import { conflictTitle, count, countEditsByKind, editCountsText, percent, supportText, truncate } from './describe.ts';

describe('describe helpers', () => {
  it.each([
    [['a'], 1, '1 outlet'],
    [['a', 'b'], 2, '2 outlets, 2 independent'],
    [['a', 'b', 'c', 'd'], 3, '4 outlets, 3 independent'],
  ] as const)('supportText(%j, %i) = %s', (outletIds, independentSupport, expected) => {
    expect(supportText({ outletIds: [...outletIds], independentSupport })).toBe(expected);
  });

  it('counts edits by kind, most first', () => {
    const counts = countEditsByKind([{ kind: 'homoglyph' }, { kind: 'chrome' }, { kind: 'chrome' }]);
    expect(counts).toEqual({ homoglyph: 1, chrome: 2 });
    expect(editCountsText(counts)).toBe('chrome 2 · homoglyph 1');
    expect(editCountsText({})).toBe('no edits');
  });

  it.each([
    [0.2, '20%'],
    [0.004, '0.4%'],
    [0, '0%'],
  ])('percent(%d) = %s', (share, expected) => expect(percent(share)).toBe(expected));

  it('titles conflicts with their gap', () => {
    expect(conflictTitle({ kind: 'numeric', severity: 'major', relativeGap: 0.2 })).toBe('major numeric, 20% apart');
    expect(conflictTitle({ kind: 'temporal', severity: 'minor' })).toBe('minor temporal');
  });

  it('pluralises and truncates', () => {
    expect([count(1, 'claim'), count(2, 'claim'), count(0, 'quantity', 'quantities')]).toEqual(['1 claim', '2 claims', '0 quantities']);
    expect(truncate('a  long\nline of text', 10)).toBe('a long li…');
  });
});
