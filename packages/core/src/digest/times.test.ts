import { describe, expect, it } from 'vitest';
import type { TimeExpression } from '../model/index.ts';
import { compareTimes, placeTime } from './times.ts';

function time(text: string, extra: Partial<TimeExpression> = {}): TimeExpression {
  return { text, start: 0, end: text.length, grain: 'day', relative: true, ...extra };
}

describe('placeTime', () => {
  it('resolves a relative day against the article date when the claim gives no date', () => {
    expect(placeTime(time('on Sunday night'), '2023-09-11')).toEqual({
      bounded: false,
      date: '2023-09-10',
      partOfDay: 'night',
      weekday: 'sunday',
    });
  });
  it('keeps the resolution the claims stage gave', () => {
    expect(placeTime(time('on Thursday', { resolved: '2023-06-22', relative: true }), '2023-06-30').date).toBe('2023-06-22');
  });
  it('leaves a relative day unresolved without an article date', () => {
    expect(placeTime(time('on Monday'), undefined).date).toBeUndefined();
  });
  it('marks bounds and choices', () => {
    expect(placeTime(time('as early as Tuesday'), '2023-09-11').bounded).toBe(true);
    expect(placeTime(time('on Tuesday or Wednesday'), '2023-09-11').bounded).toBe(true);
  });
});

describe('compareTimes', () => {
  const at = (date: string, partOfDay?: string) => ({ bounded: false, date, ...(partOfDay ? { partOfDay } : {}) });
  const cases = [
    ['afternoon against night on one day', at('2023-09-10', 'afternoon'), at('2023-09-10', 'night'), 'minor'],
    ['evening and night blur', at('2023-09-10', 'evening'), at('2023-09-10', 'night'), 'same'],
    ['two different days', at('2023-09-10'), at('2023-09-11'), 'major'],
    ['a month against a day inside it', at('2023-09'), at('2023-09-11'), 'unknown'],
    ['a bound never conflicts', { bounded: true, date: '2023-09-12' }, at('2023-09-13'), 'unknown'],
    ['a clock time naming no day compares by the clock', { bounded: false, date: '2024-03-27', clock: '01:28', dayInferred: true }, { bounded: false, date: '2024-03-26', clock: '01:30', dayInferred: true }, 'same'],
    ['clock times an hour apart on one day', { bounded: false, date: '2024-03-26', clock: '01:28' }, { bounded: false, date: '2024-03-26', clock: '02:30' }, 'minor'],
    ['one weekday read a week apart', { bounded: false, date: '2024-03-19', weekday: 'tuesday' }, { bounded: false, date: '2024-03-26', weekday: 'tuesday' }, 'same'],
    ['unresolved, same weekday, different part of day', { bounded: false, weekday: 'sunday', partOfDay: 'afternoon' }, { bounded: false, weekday: 'sunday', partOfDay: 'night' }, 'minor'],
  ] as const;
  it.each(cases)('%s', (_name, a, b, expected) => {
    expect(compareTimes(a, b)).toBe(expected);
  });
});
