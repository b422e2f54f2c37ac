import { describe, expect, it } from 'vitest';
import { bareDigest, fullDigest } from '../../test/fixtures/digest.ts';
import { htmlOf, textOf } from '../../test/render.ts';
import { TRPCReactProvider } from '../trpc/react.tsx';
import { DigestView } from './digest-view.tsx';

const render = (digest: typeof fullDigest) => (
  <TRPCReactProvider>
    <DigestView digest={digest} />
  </TRPCReactProvider>
);

describe('DigestView on a full digest', () => {
  const text = textOf(render(fullDigest));
  const html = htmlOf(render(fullDigest));

  it('opens with the corpus title and what the digest holds', () => {
    expect(text.startsWith('Cross-source digest Ferry strikes the Harbour Bridge, March 2024 4 articles from 4 outlets · 14 claims · 4 claim clusters · 2 conflicts')).toBe(true);
  });

  it('links every summary line to its receipts and the sentences behind it', () => {
    expect(html.match(/class="receipts-link" href="(\/clusters\/|#conflict-)[^"]+"/g)).toHaveLength(fullDigest.summary.length);
    expect(html.match(/class="summary__sources"/g)).toHaveLength(fullDigest.summary.length);
  });

  it.each([
    ['in the digest’s order', fullDigest],
    ['reversed when the digest gives them reversed', { ...fullDigest, clusters: [...fullDigest.clusters].reverse() }],
  ])('lists clusters %s, filter box first', (_order, digest) => {
    const page = textOf(render(digest));
    const start = page.indexOf('Claims by independent support');
    const claims = page.slice(start, page.indexOf('Who reports what', start));
    expect(claims).toContain('Showing 4 of 4 claims');
    const order = digest.clusters.map((cluster) => claims.indexOf(cluster.label));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
  });

  it('leads the matrix with shared claims and folds away those of one outlet alone', () => {
    const start = html.indexOf('id="matrix"');
    const matrix = html.slice(start, html.indexOf('id="quotes"', start));
    const folded = matrix.slice(matrix.indexOf('<details class="matrix__more">')).replace(/<!-- -->/g, '');
    expect(folded).toContain('<summary>1 claim only one outlet carries</summary>');
    expect(folded).toContain('/clusters/k-hurt');
    expect(matrix.slice(0, matrix.indexOf('<details')).includes('/clusters/k-hurt')).toBe(false);
  });

  it('shows no empty state anywhere', () => {
    expect(html).not.toContain('class="empty"');
  });
});

describe('DigestView on a digest with nothing across outlets yet', () => {
  const text = textOf(render(bareDigest));

  it('says so plainly in every section and still lists the outlets', () => {
    for (const line of [
      'No cross-source summary for this corpus yet.',
      'Conflicts show here once claims are matched across outlets.',
      'No claims have been matched across outlets yet.',
      'The claims × outlets matrix is not available for this corpus yet.',
      'No quotes have been aligned across outlets yet.',
      'No events have been placed in time yet.',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toContain('Coast TV');
    expect(text).toContain('bare-corpus');
  });

  it('shows problems reading the corpus', () => {
    const digest = { ...bareDigest, diagnostics: [{ stage: 'ingest' as const, rule: 'not-utf8', severity: 'warning' as const, message: "cannot read article 'x.txt': not valid UTF-8" }] };
    expect(textOf(render(digest))).toContain("1 problem reading the corpus cannot read article 'x.txt': not valid UTF-8");
  });
});
