import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../claims/quantities.ts';
import { figureFamily, sameHead, sameSource } from './figure-context.ts';
import { stem } from './text.ts';

describe('figureFamily', () => {
  const cases = [
    ['At least 14 people were killed in the crash', 'count|people|dead'],
    ['At least 14 people were hurt in the crash', 'count|people|injured'],
    ['About 5,000 people attended the vigil', 'count|people'],
    ['the 18-month-old war', 'duration|month'],
    ['profits of £12.5bn', 'money|GBP'],
  ] as const;
  it.each(cases)('%s -> %s', (text, family) => {
    const [quantity] = extractQuantities(text);
    expect(quantity && figureFamily(quantity)).toBe(family);
  });
});

describe('sameSource', () => {
  const cases = [
    ['Interior Ministry', "Morocco's interior ministry", true],
    ['U.S. Geological Survey', 'US Geological Survey', true],
    ['US Geological Survey', "country's national geophysics institute", false],
    ['police', 'fire service', false],
  ] as const;
  it.each(cases)('%s / %s', (a, b, same) => {
    expect(sameSource(a, b)).toBe(same);
  });
});

describe('sameHead', () => {
  const cases = [
    ['quake', 'earthquake', true],
    ['quake', 'aftershock', false],
    ['storm', 'storm', true],
  ] as const;
  it.each(cases)('%s / %s', (a, b, same) => {
    expect(sameHead(stem(a), stem(b))).toBe(same);
  });
});
