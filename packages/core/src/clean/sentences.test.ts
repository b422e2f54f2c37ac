import { describe, expect, it } from 'vitest';
import type { Repair } from './edits.ts';
import { repairSentences } from './sentences.ts';

const applied = (text: string, repairs: Repair[]): string =>
  [...repairs].sort((a, b) => b.start - a.start).reduce((out, r) => out.slice(0, r.start) + r.after + out.slice(r.end), text);

describe('repairSentences', () => {
  const cases = [
    ['the annexation of parts of Ukraine. in 2022.', 'the annexation of parts of Ukraine in 2022.'],
    ['shipments of weapons. to the front during the winter.', 'shipments of weapons to the front during the winter.'],
    ['Sales rose. Prices fell.', 'Sales rose. Prices fell.'],
    ['MP3 players etc. are improvements.', 'MP3 players etc. are improvements.'],
    ['It ends at 5 p.m. on Friday.', 'It ends at 5 p.m. on Friday.'],
    ['Fruit, e.g. apples, sold well.', 'Fruit, e.g. apples, sold well.'],
    ['He waited... and waited.', 'He waited... and waited.'],
    ['Visit example. com for more.', 'Visit example. com for more.'],
  ] as const;
  it.each(cases)('%s', (input, expected) => {
    expect(applied(input, repairSentences(input))).toBe(expected);
  });
});
