import { describe, expect, it } from 'vitest';
import type { Repair } from './edits.ts';
import { repairQuotes } from './quotes.ts';

const applied = (text: string, repairs: Repair[]): string =>
  [...repairs].sort((a, b) => b.start - a.start).reduce((out, r) => out.slice(0, r.start) + r.after + out.slice(r.end), text);

describe('repairQuotes', () => {
  const cases = [
    ['“We urge both sides to stop, ” he said.', '“We urge both sides to stop,” he said.'],
    ['He called the plan “completely unworkable. “\n\nNext paragraph.', 'He called the plan “completely unworkable.”\n\nNext paragraph.'],
    ['“Fine,” she said. “Really.”', '“Fine,” she said. “Really.”'],
    ['A list , ” not a quote.', 'A list , ” not a quote.'],
  ] as const;
  it.each(cases)('%j', (input, expected) => {
    expect(applied(input, repairQuotes(input).repairs)).toBe(expected);
  });

  it('flags what it cannot repair with certainty', () => {
    const text = 'He would visit “in the coming days. “This was also reported elsewhere.\n\nShe said it was over.” Then left.';
    const rules = repairQuotes(text).flags.map((f) => f.rule);
    expect(rules).toEqual(['opening-inside-quote', 'unclosed-quote', 'closing-without-opening']);
    expect(repairQuotes(text).flags[0]).toMatchObject({ text: '. “', suggestion: '.” ' });
  });

  it('accepts a quotation that runs on into the next paragraph', () => {
    expect(repairQuotes('“The first part of what he said.\n\n“And the rest of it.”').flags).toEqual([]);
  });
});
