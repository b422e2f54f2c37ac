import { describe, expect, it } from 'vitest';
import { splitSentences } from './index.ts';

const texts = (input: string): string[] => splitSentences(input).map((span) => span.text);

// News text written for these tests (none of it from the seed corpus), including messy web copy.
const cases = [
  // Abbreviations, titles, initials.
  ['Gen. Mark Milley met Sen. Jack Reed in Washington. They spoke for an hour.', ['Gen. Mark Milley met Sen. Jack Reed in Washington.', 'They spoke for an hour.']],
  ['Dr. Ana Ruiz and Prof. Li Wei signed the letter on Jan. 14 at the Acme Co. offices.', ['Dr. Ana Ruiz and Prof. Li Wei signed the letter on Jan. 14 at the Acme Co. offices.']],
  ['Shares in Tesla Inc. fell. The U.S. Securities and Exchange Commission opened an inquiry.', ['Shares in Tesla Inc. fell.', 'The U.S. Securities and Exchange Commission opened an inquiry.']],
  ['The ship docked in the U.S. It was carrying grain.', ['The ship docked in the U.S.', 'It was carrying grain.']],
  ['Jonas E. Smith and M. Kim met in St. Louis on Friday.', ['Jonas E. Smith and M. Kim met in St. Louis on Friday.']],
  ['The study by J. A. Smith and E. I. Jones was published.', ['The study by J. A. Smith and E. I. Jones was published.']],
  ['He lives on Baker St. The house is old.', ['He lives on Baker St.', 'The house is old.']],
  ['Results (see p. 12) were mixed, e.g. Britain fell. No. 10 declined to comment.', ['Results (see p. 12) were mixed, e.g. Britain fell.', 'No. 10 declined to comment.']],
  ['Talks ended in Geneva. He met Kim. The mood was calm.', ['Talks ended in Geneva.', 'He met Kim.', 'The mood was calm.']],
  // Spaced abbreviations from messy copy stay in one sentence.
  ['The U. S. President arrived at 7 p. m. on Tuesday. Talks began at once.', ['The U. S. President arrived at 7 p. m. on Tuesday.', 'Talks began at once.']],
  ['According to U. K. officials, the flight landed at 6 a. m. Crews were waiting.', ['According to U. K. officials, the flight landed at 6 a. m.', 'Crews were waiting.']],
  // Times.
  ['The deal closed at 10:30 a.m. The shares rose.', ['The deal closed at 10:30 a.m.', 'The shares rose.']],
  ['By 9 a.m. Tuesday the crowd had gone. The launch is set for 9 a.m. EST on Monday.', ['By 9 a.m. Tuesday the crowd had gone.', 'The launch is set for 9 a.m. EST on Monday.']],
  // Decimals and money.
  ['Inflation rose to 3.2 per cent in March. The pound fell to $1.24.', ['Inflation rose to 3.2 per cent in March.', 'The pound fell to $1.24.']],
  ['The fund lost £4.5bn. 12 members voted against it.', ['The fund lost £4.5bn.', '12 members voted against it.']],
  // Quotations.
  ['“We will not back down,” the minister said. “The strike is illegal.”', ['“We will not back down,” the minister said.', '“The strike is illegal.”']],
  ['“The strike is over.” Ruiz said. Workers returned on Monday.', ['“The strike is over.” Ruiz said.', 'Workers returned on Monday.']],
  ['“It was chaos.” She said the police arrived late.', ['“It was chaos.”', 'She said the police arrived late.']],
  ['“Is it safe?” asked one resident. “Nobody knows.”', ['“Is it safe?” asked one resident.', '“Nobody knows.”']],
  ['He called it "a disgrace." Officials disagreed.', ['He called it "a disgrace."', 'Officials disagreed.']],
  // Ellipses.
  ['He paused... then walked away. We waited.... Nobody came.', ['He paused... then walked away.', 'We waited....', 'Nobody came.']],
  // Glued sentences, links and emails.
  ['The vote passed.The bill now goes to the Senate.', ['The vote passed.', 'The bill now goes to the Senate.']],
  ['Write to press@example.org. A spokesman will reply.', ['Write to press@example.org.', 'A spokesman will reply.']],
  // Lists.
  ['Key points:\n• Rates held at 5.25%\n• Inflation expected to fall', ['Key points:', '• Rates held at 5.25%', '• Inflation expected to fall']],
  ['1. Close the border 2. Raise tariffs 3. Hold talks', ['1. Close the border', '2. Raise tariffs', '3. Hold talks']],
  ['- Storm batters coast\n- Ferries cancelled\nThe storm reached land on Thursday.', ['- Storm batters coast', '- Ferries cancelled', 'The storm reached land on Thursday.']],
  // Headlines and newlines.
  ['Floods hit northern England\n\nThousands of homes lost power.', ['Floods hit northern England', 'Thousands of homes lost power.']],
  ['Floods hit northern England\nThousands of homes lost power.', ['Floods hit northern England', 'Thousands of homes lost power.']],
  ['The council voted to close the\nlibrary on Friday.', ['The council voted to close the\nlibrary on Friday.']],
  ['Power was restored across the U.S.\nCrews worked overnight.', ['Power was restored across the U.S.', 'Crews worked overnight.']],
  // Messy copy: a full stop before a lowercase word is a broken sentence, kept whole for the cleaner.
  ['Russia annexed parts of Ukraine. in 2022.', ['Russia annexed parts of Ukraine. in 2022.']],
  ['“We are ready.” [y] “We leave at dawn,” she said.', ['“We are ready.”', '[y] “We leave at dawn,” she said.']],
  ['Talks ended. Nobody was hurt. “', ['Talks ended.', 'Nobody was hurt. “']],
] as const;

describe('splitSentences on news text', () => {
  it.each(cases)('%j', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('returns spans that are slices of the input', () => {
    const input = '  The U. S. President spoke.\n\nHe left at 7 p. m.  ';
    for (const span of splitSentences(input)) expect(input.slice(span.start, span.end)).toBe(span.text);
    expect(splitSentences(input).map((span) => [span.start, span.end])).toEqual([[2, 28], [30, 48]]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});
