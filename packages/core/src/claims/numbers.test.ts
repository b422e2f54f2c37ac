import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumber } from './numbers.ts';

describe('parseNumber', () => {
  const cases = [
    ['1,099', 1099],
    ['12.5bn', 12.5e9],
    ['twenty-five', 25],
    ['two hundred and fifty thousand', 250000],
    ['a dozen', 12],
    ['one and a half', 1.5],
    ['half a million', 5e5],
    ['three quarters of a billion', 7.5e8],
    ['3 million', 3e6],
    ['banana', undefined],
  ] as const;
  it.each(cases)('%s -> %s', (written, value) => {
    expect(parseNumber(written)).toBe(value);
  });
});

describe('findNumbers', () => {
  const cases: Array<[string, Array<[string, number, number?]>]> = [
    ['five to six hours', [['five to six', 5, 6]]],
    ['between 20 and 30 km', [['between 20 and 30', 20, 30]]],
    ['five to six million', [['five to six million', 5e6, 6e6]]],
    ['tens of millions of shells', [['tens of millions', 1e7, 1e8]]],
    ['£5bn and 3%', [['5bn', 5e9], ['3', 3]]],
    ['rose from 5 to 7', [['5', 5], ['7', 7]]],
    ['a 3-1 win', [['3', 3]]],
    ['122mm shells', [['122', 122]]],
    ['Covid-19, F-16, G7, his 10th trip at 7 p.m.', []],
    ['someone tenth', []],
    ['fell to -3 and then minus 5', [['-3', -3], ['minus 5', -5]]],
    ['hit at 23:11 local time, a 3:1 vote', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    const found = findNumbers(text).map((n) => {
      const row: [string, number, number?] = [text.slice(n.start, n.end), n.value];
      if (n.valueMax !== undefined) row.push(n.valueMax);
      return row;
    });
    expect(found).toEqual(expected);
  });
});
