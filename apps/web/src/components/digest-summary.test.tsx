import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { htmlOf, textOf } from '../../test/render.ts';
import { outletNamesOf } from '../lib/names.ts';
import { indexSentences } from '../lib/summary-receipts.ts';
import { DigestSummary } from './digest-summary.tsx';

const names = outletNamesOf(fullDigest.outlets);
const sentences = indexSentences(fullDigest.articles);
const render = (lines = fullDigest.summaryLines) => <DigestSummary lines={lines} sentences={sentences} outletNames={names} />;

describe('DigestSummary', () => {
  const html = htmlOf(render());

  it('links a cluster line to its cluster and a conflict line to its conflict, by the ids the line carries', () => {
    const links = [...html.matchAll(/class="receipts-link" href="([^"]+)"/g)].map((match) => match[1]);
    expect(links).toEqual(['/clusters/k-struck', '/clusters/k-closed', '#conflict-x-speed', '/clusters/k-hurt']);
  });

  it('unfolds each line to the exact sentences behind it, per outlet, each linked to its place in the article', () => {
    const text = textOf(render());
    expect(text).toContain('Outlets disagree on the ferry’s speed: 12 knots (Wire Desk, Copy Site) against 14 knots (City Courier). conflict 3 source sentences from 3 outlets Wire Desk The ferry was travelling at 12 knots, the port authority said.');
    expect(text).toContain('Only Coast TV reports that two crew members were hurt. receipts 1 source sentence from 1 outlet Coast TV Two crew members were hurt.');
    expect(html).toContain('href="/articles/a3-courier#s-a3-courier_s2"');
    expect(html.match(/<details class="summary__sources">/g)).toHaveLength(fullDigest.summaryLines.length);
  });

  it('trusts the receipts, not the words: a line is linked where its ids point, whatever it says', () => {
    const [line] = fullDigest.summaryLines;
    if (!line) throw new Error('the fixture needs a summary line');
    const moved = htmlOf(render([{ ...line, text: 'Shares in a shipping firm fell sharply on Monday.', clusterIds: ['k-hurt'], sentenceIds: ['a4-tv#s2'] }]));
    expect(moved).toContain('href="/clusters/k-hurt"');
    expect(moved).toContain('Two crew members were hurt.');
  });

  it('shows no receipts link and no sources for a line whose ids name nothing in the digest', () => {
    const bare = htmlOf(render([{ text: 'A line.', kind: 'cluster', clusterIds: [], conflictIds: [], claimIds: [], sentenceIds: ['nowhere#s1'] }]));
    expect(bare).not.toContain('receipts-link');
    expect(bare).not.toContain('<details');
  });
});
