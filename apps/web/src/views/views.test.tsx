import { describe, expect, it } from 'vitest';
import { bareDigest, fullDigest } from '../../test/fixtures/digest.ts';
import { fixtureCaller } from '../../test/fixtures/router.ts';
import { htmlOf, textOf } from '../../test/render.ts';
import { articlePageData, clusterPageData, outletPageData } from '../server/page-data.ts';
import { ArticleView } from './article-view.tsx';
import { ClusterView } from './cluster-view.tsx';
import { OutletView } from './outlet-view.tsx';

const caller = fixtureCaller(fullDigest);

describe('page data through the real router', () => {
  it('answers NOT_FOUND for unknown clusters and articles, undefined for unknown outlets', async () => {
    await expect(clusterPageData(caller, 'no-such')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(articlePageData(caller, 'no-such')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(outletPageData(caller, 'no-such')).resolves.toBeUndefined();
  });
});

describe('ClusterView', () => {
  it('shows status, support, shared copy, how each outlet carries it, and no link back to itself', async () => {
    const props = await clusterPageData(caller, 'k-closed');
    const text = textOf(<ClusterView {...props} />);
    expect(text).toContain('The bridge will stay closed until Friday Corroborated 4 outlets, 3 independent Wire Desk and Copy Site share copy and count once.');
    expect(text).toContain('Wire Desk reports Copy Site reports City Courier hedges Coast TV reports');
    expect(text).toContain(
      'Certainty differs states (Wire Desk) vs hedges (City Courier) Wire Desk states: The bridge will stay closed until Friday. City Courier hedges: The bridge will likely stay closed until Friday.',
    );
    expect(htmlOf(<ClusterView {...props} />)).not.toContain('href="/clusters/');
  });

  it('falls back to modalities where the digest has no matrix', async () => {
    const props = await clusterPageData(fixtureCaller({ ...fullDigest, matrix: [] }), 'k-closed');
    expect(textOf(<ClusterView {...props} />)).toContain('Wire Desk states Copy Site states City Courier hedges Coast TV states');
  });
});

describe('OutletView', () => {
  it('lists what only this outlet reports and what it leaves out', async () => {
    const props = await outletPageData(caller, 'coast-tv');
    if (!props) throw new Error('fixture outlet missing');
    const text = textOf(<OutletView {...props} />);
    expect(text).toContain('Only this outlet reports Two crew members were hurt');
    expect(text).toContain('Left out, though most others report it The ferry was travelling at 12 knots');
    expect(text).toContain('Supported by its own body');
  });

  it('says what is not computed yet and counts integrity from the articles', async () => {
    const props = await outletPageData(fixtureCaller(bareDigest), 'copy-site');
    if (!props) throw new Error('fixture outlet missing');
    const text = textOf(<OutletView {...props} />);
    expect(text).toContain('Only this outlet reports Not computed for this corpus yet.');
    expect(text).toContain('Repairs 2 edits chrome 1 homoglyph 1');
    expect(text).toContain('Spin score 25%');
    expect(text).not.toContain('Noise');
  });
});

describe('ArticleView', () => {
  it('names the copy a spun word departs from and lists every edit', async () => {
    const props = await articlePageData(caller, 'a2-copy');
    const text = textOf(<ArticleView {...props} />);
    expect(text).toContain('shut where Wire Desk writes closed');
    expect(text).toContain('All 2 edits');
    expect(text).toContain('Claims (3)');
  });

  it('says when the cleaner changed nothing', async () => {
    const props = await articlePageData(caller, 'a1-wire');
    expect(textOf(<ArticleView {...props} />)).toContain('The cleaner changed nothing in this article.');
  });
});
