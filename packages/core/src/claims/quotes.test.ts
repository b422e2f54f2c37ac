import { describe, expect, it } from 'vitest';
import { QuoteSchema } from '../model/index.ts';
import { extractQuotes } from './quotes.ts';

describe('extractQuotes', () => {
  const cases: Array<[text: string, quotes: Array<[words: string, speaker: string | null]>]> = [
    ['“We will win the league,” he said.', [['We will win the league', null]]],
    ['“We played well,” said Arsenal manager Mikel Arteta.', [['We played well', 'Mikel Arteta']]],
    ['The coach said: “We are ready.”', [['We are ready.', 'coach']]],
    ['Prices will rise, according to economists at the Bank of England, who called it “a tough year”.', [['a tough year', 'economists at the Bank of England']]],
    ['Maria Lopez, a spokeswoman for the firm, told reporters the plan was “on track”.', [['on track', 'Maria Lopez']]],
    ['Jane Smith was appointed on Monday. “I am delighted,” she said.', [['I am delighted', 'Jane Smith']]],
    ['The minister said the talks would resume “in the coming weeks.', [['in the coming weeks.', 'minister']]],
    // Pronouns take the nearest person whose gender fits (given names, honorifics in the text).
    ['Anna Kowalski met Health Secretary Mark Daly. “We got nothing,” she said.', [['We got nothing', 'Anna Kowalski']]],
    ['Chief Constable Robert Hale praised PC Sarah Lin. “Her bravery saved lives,” he said.', [['Her bravery saved lives', 'Robert Hale']]],
    ['Mrs Howard sat beside Michael Howard. “We are fine,” she said.', [['We are fine', 'Mrs Howard']]],
    ['“Who will pay?” asked one farmer, Gareth Price.', [['Who will pay?', 'Gareth Price']]],
    ['Sen. Maria Delgado, D-Nev., called the bill “a giveaway to big oil”.', [['a giveaway to big oil', 'Maria Delgado']]],
    ['“We are assessing the damage,” said Tom Reilly, a spokesman for Northern Rail.', [['We are assessing the damage', 'Tom Reilly']]],
    ['“The truth is,” she said, “we were never told.”', [['The truth is', null], ['we were never told.', null]]],
    // A cue past a clause joint after the quote speaks for its own clause.
    ['The club said its manager would stay “for the foreseeable future,” while several players told reporters they expected a change.', [['for the foreseeable future', 'club']]],
    ['Officials described the response as “swift and effective,” whereas residents said help was slow.', [['swift and effective', 'Officials']]],
    ['The statement indicated a deal “within weeks,” but ministers said nothing.', [['within weeks', 'statement']]],
    // `they` is the nearest group or body that spoke, never the subject of a finding.
    ['Teachers’ unions called the plan “reckless.” Recent surveys found that most parents agreed. “Children must come first,” they said.', [['reckless.', 'unions'], ['Children must come first', 'unions']]],
    ['The two companies confirmed the merger. The regulator, which opened an inquiry in May, said it had concerns. “We will look closely,” they said.', [['We will look closely', 'regulator']]],
    ['Residents said the water rose within minutes. “We lost everything,” they said.', [['We lost everything', 'Residents']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual(expected);
    for (const quote of quotes) {
      expect(QuoteSchema.parse(quote)).toEqual(quote);
      expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    }
  });

  it('marks partial and unbalanced quotes', () => {
    const [partial] = extractQuotes('He warned that Pyongyang would “pay a price.”');
    expect(partial).toMatchObject({ partial: true, unbalanced: false });
    const [open] = extractQuotes('The minister said the talks would resume “in the coming weeks.');
    expect(open).toMatchObject({ unbalanced: true, speaker: 'minister' });
    const [misprint] = extractQuotes('He would decide “in the coming days. “This was also reported.');
    expect(misprint).toMatchObject({ text: 'in the coming days.', unbalanced: true });
  });
});
