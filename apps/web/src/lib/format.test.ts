import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPeriod, formatPercent, formatQuantity, formatSupport, plural, truncate } from './format.ts';

describe('plural', () => {
  const cases = [
    [0, 'outlet', undefined, '0 outlets'],
    [1, 'outlet', undefined, '1 outlet'],
    [2, 'outlet', undefined, '2 outlets'],
    [2, 'speech', 'speeches', '2 speeches'],
    [1200, 'claim', undefined, '1,200 claims'],
  ] as const;
  it.each(cases)('%d %s', (count, singular, pluralForm, expected) => {
    expect(plural(count, singular, pluralForm)).toBe(expected);
  });
});

describe('formatSupport', () => {
  const cases = [
    [['a'], 1, '1 outlet'],
    [['a', 'b', 'c', 'd'], 3, '4 outlets, 3 independent'],
    [['a', 'b'], 2, '2 outlets, 2 independent'],
    [[], 0, '0 outlets'],
  ] as const;
  it.each(cases)('%j with %d independent', (outletIds, independentSupport, expected) => {
    expect(formatSupport({ outletIds, independentSupport })).toBe(expected);
  });
});

describe('formatPercent', () => {
  const cases = [
    [0, '0%'],
    [0.001, '<1%'],
    [0.1234, '12%'],
    [1, '100%'],
  ] as const;
  it.each(cases)('%d', (ratio, expected) => expect(formatPercent(ratio)).toBe(expected));
});

describe('formatQuantity and formatNumber', () => {
  it('joins value and unit, keeping percent signs tight', () => {
    expect(formatQuantity(59, 'km/h')).toBe('59 km/h');
    expect(formatQuantity(12.5, '%')).toBe('12.5%');
    expect(formatQuantity(3, undefined)).toBe('3');
    expect(formatNumber(128.747)).toBe('128.75');
  });
});

describe('formatDate', () => {
  const cases = [
    ['2023-09-11', '11 Sep 2023'],
    ['2024-01-02T09:30', '2 Jan 2024, 09:30'],
    ['2024-13-02', '2024-13-02'],
    ['yesterday', 'yesterday'],
  ] as const;
  it.each(cases)('%s', (iso, expected) => expect(formatDate(iso)).toBe(expected));
});

describe('formatPeriod', () => {
  const cases = [
    ['2019', '2019'],
    ['2019-04', 'Apr 2019'],
    ['2019-04-25', '25 Apr 2019'],
    ['2019-13', '2019-13'],
  ] as const;
  it.each(cases)('%s', (period, expected) => expect(formatPeriod(period)).toBe(expected));
});

describe('truncate', () => {
  it('keeps short text and cuts long text at a word', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('The bridge reopened on Friday morning', 20)).toBe('The bridge reopened…');
  });
});
