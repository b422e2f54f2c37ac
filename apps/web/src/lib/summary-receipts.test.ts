import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { indexSentences, sourcesOf } from './summary-receipts.ts';

const sentences = indexSentences(fullDigest.articles);

describe('sourcesOf', () => {
  it('gives the sentences a line names, grouped by outlet in the order it names them', () => {
    const speed = fullDigest.summaryLines[2];
    if (!speed) throw new Error('the fixture needs a conflict line');
    expect(sourcesOf(speed, sentences).map((outlet) => [outlet.outletId, outlet.sentences.map((s) => s.text)])).toEqual([
      ['wire-desk', ['The ferry was travelling at 12 knots, the port authority said.']],
      ['copy-site', ['The ferry was travelling at 12 knots, the port authority said.']],
      ['city-courier', ['Witnesses said the ferry was going at 14 knots.']],
    ]);
  });

  it('keeps two sentences of one outlet together and leaves out ids the digest lacks', () => {
    const line = { sentenceIds: ['a4-tv#s2', 'a1-wire#s1', 'nowhere#s1', 'a4-tv#s3'] };
    expect(sourcesOf(line, sentences).map((outlet) => [outlet.outletId, outlet.sentences.map((s) => s.sentenceId)])).toEqual([
      ['coast-tv', ['a4-tv#s2', 'a4-tv#s3']],
      ['wire-desk', ['a1-wire#s1']],
    ]);
  });
});
