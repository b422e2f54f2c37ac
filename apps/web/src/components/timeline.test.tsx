import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { htmlOf, textOf } from '../../test/render.ts';
import { outletNamesOf } from '../lib/names.ts';
import { Timeline } from './timeline.tsx';

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

  it.each([
    ['in the digest’s order', fullDigest.timeline],
    ['reversed when the digest gives them reversed', [...fullDigest.timeline].reverse()],
  ])('lists the events %s', (_order, entries) => {
    const text = textOf(<Timeline entries={entries} outletNames={outletNamesOf(fullDigest.outlets)} />);
    const shown = entries.map((entry) => text.indexOf(entry.text));
    expect(shown.every((at) => at >= 0)).toBe(true);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
  });
});
