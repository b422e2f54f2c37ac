import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { htmlOf, textOf } from '../../test/render.ts';
import { outletNamesOf } from '../lib/names.ts';
import { orderTimeline, Timeline } from './timeline.tsx';

describe('orderTimeline', () => {
  it('orders dated events by date, keeps ties and puts undated events last in their order', () => {
    const entries = [{ id: 'u1' }, { id: 'b', date: '2024-03-15' }, { id: 'a', date: '2024-03-10' }, { id: 'u2' }, { id: 'b2', date: '2024-03-15' }];
    expect(orderTimeline(entries).map((entry) => entry.id)).toEqual(['a', 'b', 'b2', 'u1', 'u2']);
  });
});

describe('Timeline', () => {
  it('gives event dates apart from report dates and marks disputed events', () => {
    const names = outletNamesOf(fullDigest.outlets);
    const text = textOf(<Timeline entries={fullDigest.timeline} outletNames={names} />);
    expect(text.startsWith('10 Mar 2024 (Sunday night) Outlets disagree on when A passenger ferry strikes the Harbour Bridge')).toBe(true);
    expect(text).toContain('reported 11 Mar 2024 by Wire Desk, 10 Mar 2024 by Coast TV');
    expect(text).toContain('Date unresolved (this week) Every pier is inspected');
    expect(htmlOf(<Timeline entries={fullDigest.timeline} outletNames={names} />)).toContain('<time dateTime="2024-03-10">');
  });
});
