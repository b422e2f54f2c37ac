import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { htmlOf, textOf } from '../../test/render.ts';
import { outletNamesOf } from '../lib/names.ts';
import { orderTimeline, Timeline } from './timeline.tsx';

describe('orderTimeline', () => {
  type Entry = { id: string; date?: string; period?: string };
  const cases: Array<[string, Entry[], string[]]> = [
    ['days by date, ties in their order, unplaced events last', [{ id: 'u1' }, { id: 'b', date: '2024-03-15' }, { id: 'a', date: '2024-03-10' }, { id: 'u2' }, { id: 'b2', date: '2024-03-15' }], ['a', 'b', 'b2', 'u1', 'u2']],
    ['a period without a day in its place, not last', [{ id: 'd', date: '2024-03-10', period: '2024-03-10' }, { id: 'y', period: '2019' }, { id: 'm', period: '2024-03' }, { id: 'u' }], ['y', 'm', 'd', 'u']],
    ['the period before the date where both are given', [{ id: 'late', date: '2024-03-20', period: '2019' }, { id: 'early', date: '2024-03-10' }], ['late', 'early']],
  ];
  it.each(cases)('%s', (_name, entries, expected) => {
    expect(orderTimeline(entries).map((entry) => entry.id)).toEqual(expected);
  });
});

describe('Timeline', () => {
  it('gives event dates apart from report dates and marks disputed events', () => {
    const names = outletNamesOf(fullDigest.outlets);
    const text = textOf(<Timeline entries={fullDigest.timeline} outletNames={names} />);
    expect(text.startsWith('Mar 2024 (this month) Every pier is inspected Wire Desk 10 Mar 2024 (Sunday night) Outlets disagree on when A passenger ferry strikes the Harbour Bridge')).toBe(true);
    expect(text).toContain('reported 11 Mar 2024 by Wire Desk, 10 Mar 2024 by Coast TV');
    expect(text.endsWith('Date unresolved (once every pier is inspected) The bridge reopens Wire Desk')).toBe(true);
    const html = htmlOf(<Timeline entries={fullDigest.timeline} outletNames={names} />);
    expect(html).toContain('<time dateTime="2024-03-10">');
    expect(html).toContain('<time dateTime="2024-03">Mar 2024</time>');
  });
});
