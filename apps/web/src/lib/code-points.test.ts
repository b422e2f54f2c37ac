import { describe, expect, it } from 'vitest';
import { swappedLetters } from './code-points.ts';

describe('swappedLetters', () => {
  const cases = [
    ['mееt', 'meet', 'е U+0435 → e U+0065 (×2)'],
    ['Κyiv', 'Kyiv', 'Κ U+039A → K U+004B'],
    ['same', 'same', undefined],
    ['U. S.', 'U.S.', undefined],
    ['a1b2c3d4', 'A!B@C#D$', 'a U+0061 → A U+0041, 1 U+0031 → ! U+0021, b U+0062 → B U+0042, …'],
  ] as const;
  it.each(cases)('%s -> %s', (before, after, expected) => {
    expect(swappedLetters(before, after)).toBe(expected);
  });
});
