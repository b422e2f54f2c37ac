import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { fixtureCaller } from '../../test/fixtures/router.ts';
import { htmlOf, textOf } from '../../test/render.ts';
import { outletNamesOf } from '../lib/names.ts';
import { Receipts } from './receipts.tsx';

const names = outletNamesOf(fullDigest.outlets);
const titles = Object.fromEntries(fullDigest.articles.map((article) => [article.id, article.title]));

describe('Receipts', () => {
  it('gives every claim its exact source sentence, grouped by outlet in support order', async () => {
    const { cluster, claims, sentences } = await fixtureCaller(fullDigest).clusters.get({ id: 'k-speed' });
    const text = textOf(<Receipts outletIds={cluster.outletIds} claims={claims} sentences={sentences} outletNames={names} articleTitles={titles} />);
    expect(text).toBe(
      [
        'Wire Desk The ferry was travelling at 12 knots, the port authority said. cites the port authority 12 knots = 22.2 km/h in context: Ferry hits Harbour Bridge pier, bridge closed',
        'Copy Site The ferry was travelling at 12 knots, the port authority said. cites a source 12 knots = 22.2 km/h in context: Ferry hits Harbour Bridge pier, bridge shut',
        'City Courier Witnesses said the ferry was going at 14 knots. cites a source 14 knots = 25.9 km/h in context: Bridge closed after ferry crash',
      ].join(' '),
    );
  });

  it('marks the claim inside a longer sentence and states the claim above it', () => {
    const article = fullDigest.articles[0];
    const sentence = article?.sentences[2];
    const claim = fullDigest.claims.find((candidate) => candidate.sentenceId === sentence?.id);
    if (!article || !sentence || !claim) throw new Error('fixture missing');
    const part = { ...claim, text: 'The ferry was travelling at 12 knots', end: claim.start + 'The ferry was travelling at 12 knots'.length };
    const receipt = { sentenceId: sentence.id, articleId: article.id, outletId: article.outletId, text: sentence.text, start: sentence.start, end: sentence.end };
    const html = htmlOf(<Receipts outletIds={[article.outletId]} claims={[part]} sentences={[receipt]} outletNames={names} articleTitles={titles} />);
    expect(html).toContain('<p class="receipt__claim">The ferry was travelling at 12 knots</p>');
    expect(html).toContain('<mark class="receipt__span">The ferry was travelling at 12 knots</mark>, the port authority said.');
    expect(html).toContain(`href="/articles/a1-wire#s-a1-wire_s2"`);
  });

  it('says so when a claim’s sentence is missing', () => {
    const [claim] = fullDigest.claims;
    if (!claim) throw new Error('fixture missing');
    expect(textOf(<Receipts outletIds={[]} claims={[claim]} sentences={[]} outletNames={names} articleTitles={{}} />)).toContain('The source sentence is not in the digest.');
  });
});
