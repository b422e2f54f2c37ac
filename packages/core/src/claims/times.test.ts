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
    // A weekday is compared with the article's day as a day: the same weekday is that day.
    ['Firefighters brought the blaze under control on Tuesday evening.', '2023-05-16', [['on Tuesday evening', '2023-05-16', 'part-of-day']]],
    ['Protesters gathered outside parliament Friday morning.', '2022-11-04', [['Friday morning', '2022-11-04', 'part-of-day']]],
    // Words before it that look ahead put it ahead; a weekday right after `said` is the report's own.
    ['The minister will travel to Brussels on Monday.', '2024-01-10', [['on Monday', '2024-01-15', 'day']]],
    ['Officials said on Thursday that the bridge will reopen.', '2024-01-10', [['on Thursday', '2024-01-04', 'day']]],
    ['The bridge, which closed on Monday, will reopen soon.', '2024-01-10', [['on Monday', '2024-01-08', 'day'], ['soon', undefined, 'day']]],
    // A clock time takes the day its sentence names, else the article's.
    ['The gust came on Thursday, when a station recorded 122mph at 11:40 a.m.', '2022-02-18', [['on Thursday', '2022-02-17', 'day'], ['at 11:40 a.m.', '2022-02-17T11:40', 'time']]],
    ['The search ended on Sunday. The alarm was raised at 4:05 a.m.', '2021-07-20', [['on Sunday', '2021-07-18', 'day'], ['at 4:05 a.m.', '2021-07-20T04:05', 'time']]],
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
