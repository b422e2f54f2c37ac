import { describe, expect, it } from 'vitest';
import { TimeExpressionSchema } from '../model/index.ts';
import { resolveTimes } from './times.ts';

describe('resolveTimes', () => {
  const cases: Array<[text: string, reference: string | undefined, expected: Array<[string, string | undefined, string]>]> = [
    ['The train left on Sunday afternoon.', '2023-09-11', [['on Sunday afternoon', '2023-09-10', 'part-of-day']]],
    ['It left on Sunday night.', '2023-09-11', [['on Sunday night', '2023-09-10', 'part-of-day']]],
    ['They met in 2019 and again between 2021 and 2022.', '2023-09-11', [['in 2019', '2019-01-01', 'year'], ['between 2021 and 2022', '2021-01-01', 'year']]],
    ['Talks may start as early as Tuesday.', '2023-09-11', [['Tuesday', '2023-09-12', 'day']]],
    ['The strike began last week.', undefined, [['last week', undefined, 'week']]],
    ['They will meet in the coming days.', '2023-09-11', [['in the coming days', undefined, 'day']]],
    ['The ship sank in April 1912.', undefined, [['April 1912', '1912-04-01', 'month']]],
    ['The trip takes about 20 hours.', '2023-09-11', []],
  ];
  it.each(cases)('%s (%s)', (text, reference, expected) => {
    const times = resolveTimes(text, reference);
    expect(times.map((t) => [t.text, t.resolved, t.grain])).toEqual(expected);
    for (const time of times) {
      expect(TimeExpressionSchema.parse(time)).toEqual(time);
      expect(text.slice(time.start, time.end)).toBe(time.text);
    }
  });

  it('keeps the part of day and marks relative expressions', () => {
    const [night] = resolveTimes('on Sunday night', '2023-09-11');
    expect(night).toMatchObject({ partOfDay: 'night', relative: true });
    const [year] = resolveTimes('in 2019', '2023-09-11');
    expect(year).toMatchObject({ relative: false });
  });
});
