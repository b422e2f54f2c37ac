import { describe, expect, it } from 'vitest';
import { inferPublishedDate } from './infer-date.ts';

const cases = [
  ['a cue line under the headline', 'Flood closes bridge\nPublished: 5 March 2024\n\nThe river rose.', '2024-03-05'],
  ['an updated line with a time', 'Markets slide\nUpdated Sept. 11, 2023 at 5:02 p.m. ET\n\nShares fell.', '2023-09-11'],
  ['a line that is only a date', 'Storm hits coast\nMonday, 11 September 2023\n\nWinds rose.', '2023-09-11'],
  ['a byline with a date', 'Council votes\nBy Jane Doe | March 5, 2024\n\nThe council voted.', '2024-03-05'],
  ['a footer date', 'Title\n\nBody text here.\n\nPosted on 2024-05-03', '2024-05-03'],
  ['a date in the story itself', 'Election set\n\nThe vote will be held on 5 November 2024, officials said on Monday.', undefined],
  ['a date without a year', 'Title\nSept 11\n\nBody.', undefined],
  ['no date at all', 'Title\n\nNothing dated here.', undefined],
] as const;

describe('inferPublishedDate', () => {
  it.each(cases)('reads %s', (_name, text, expected) => {
    expect(inferPublishedDate(text)).toBe(expected);
  });
});
