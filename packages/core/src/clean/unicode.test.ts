import { describe, expect, it } from 'vitest';
import { repairUnicode } from './unicode.ts';

const cleanOf = (text: string): string => {
  let out = text;
  for (const r of [...repairUnicode(text)].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.after + out.slice(r.end);
  return out;
};

describe('repairUnicode', () => {
  const cases = [
    ['Zu\u0308rich', 'Zürich'],
    ['Ele\u0301ysée', 'Elé' + 'ysée'],
    ['soft\u00ADware', 'software'],
    ['zero\u200Bwidth', 'zerowidth'],
    ['10\u00A0km', '10 km'],
    ['of\uFB01cial', 'official'],
    ['Zürich Путин Élysée', 'Zürich Путин Élysée'],
  ] as const;
  it.each(cases)('%j', (input, expected) => {
    expect(cleanOf(input)).toBe(expected);
  });

  it('finds nothing in plain text', () => {
    expect(repairUnicode('Plain text, with “quotes” and £5.')).toEqual([]);
  });
});
