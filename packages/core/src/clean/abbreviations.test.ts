import { describe, expect, it } from 'vitest';
import { honorificsIn, repairAbbreviations } from './abbreviations.ts';
import type { Repair } from './edits.ts';

const applied = (text: string, repairs: Repair[]): string =>
  [...repairs].sort((a, b) => b.start - a.start).reduce((out, r) => out.slice(0, r.start) + r.after + out.slice(r.end), text);
const cleanOf = (text: string, corpusText = ''): string =>
  applied(text, repairAbbreviations(text, new Set(), honorificsIn(corpusText)).repairs);

describe('repairAbbreviations', () => {
  const cases = [
    ['The U. S. Senate voted.', 'The U.S. Senate voted.'],
    ['The polls closed at 7 p. m. on Sunday and opened at 8 a. m.', 'The polls closed at 7 p.m. on Sunday and opened at 8 a.m.'],
    ['The U. K. and the E. U. agreed.', 'The U.K. and the E.U. agreed.'],
    ['Books by J. R. R. Tolkien sold well.', 'Books by J. R. R. Tolkien sold well.'],
    ['The N. H. S. budget and the NHS plan.', 'The N.H.S. budget and the NHS plan.'],
    ['Talks with M. Macron went well, Mr. Macron said.', 'Talks with Mr. Macron went well, Mr. Macron said.'],
    ['George W. Bush spoke.', 'George W. Bush spoke.'],
    ['Mr. S. S. Rao spoke.', 'Mr. S. S. Rao spoke.'],
    ['The W. T. A. said it would appeal.', 'The W.T.A. said it would appeal.'],
    ['Novels by J. K. Rowling sold well.', 'Novels by J. K. Rowling sold well.'],
  ] as const;
  it.each(cases)('%s', (input, expected) => {
    expect(cleanOf(input)).toBe(expected);
  });

  it('closes unknown capitals before a common word, not before a surname', () => {
    const vocabulary = new Set(['tour']);
    expect(applied('The W. T. A. Tour resumed.', repairAbbreviations('The W. T. A. Tour resumed.', vocabulary, new Map()).repairs)).toBe('The W.T.A. Tour resumed.');
    expect(applied('Books by J. R. R. Tolkien sold.', repairAbbreviations('Books by J. R. R. Tolkien sold.', vocabulary, new Map()).repairs)).toBe('Books by J. R. R. Tolkien sold.');
  });

  it('flags an initial for an honorific that only other articles write', () => {
    const { repairs, flags } = repairAbbreviations('It was M. Macron who spoke.', new Set(), honorificsIn('Mr Macron arrived.'));
    expect(repairs).toEqual([]);
    expect(flags[0]).toMatchObject({ kind: 'sentence', rule: 'honorific-initial', text: 'M. Macron', suggestion: 'Mr Macron' });
  });
});
