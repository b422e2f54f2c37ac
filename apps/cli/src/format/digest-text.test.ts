import { describe, expect, it } from 'vitest';
import { bareDigest, fullDigest, renderedOrder, reversedLists } from '../../test/fixtures/digest.ts';
import { formatDigestText } from './digest-text.ts';

describe('formatDigestText', () => {
  it('writes the summary, clusters with support, conflicts with positions, and outlets', () => {
    const text = formatDigestText(fullDigest());
    expect(text.split('\n').slice(0, 2)).toEqual([
      'The Riverside bridge closure, March 2024',
      '3 articles from 3 outlets · 10 claims · 4 clusters · 3 conflicts · 2 edits',
    ]);
    expect(text).toContain(
      [
        'Summary',
        '  - The Riverside bridge will close for repairs (3 outlets, 2 independent), but outlets disagree whether on Monday or Tuesday.',
        '      sources: Valley Courier · courier-1 · sentence 2; Metro Wire · wire-1 · sentence 2; Hilltop Herald · herald-1 · sentences 2, 3',
        '  - Daily traffic is given as 12,000 and as 15,000 vehicles.',
        '      sources: Valley Courier · courier-1 · sentence 5; Metro Wire · wire-1 · sentence 3',
        '',
      ].join('\n'),
    );
    expect(text).toContain('  [disputed] 3 outlets, 2 independent: The Riverside bridge will close on Monday for six weeks of repairs.');
    expect(text).toContain('  [single-source] 1 outlet: Engineers found cracks in two support beams.');
    expect(text).toContain('  [major numeric, 20% apart] Vehicles a day: 12,000 (Valley Courier) against 15,000 (Metro Wire).\n      Valley Courier: About 12,000 vehicles (12000 vehicle)');
    expect(text).toContain('  Valley Courier: 1 article · 2 edits (homoglyph 1, chrome 1) · spin 0.00');
    expect(text).toContain('  Hilltop Herald: 1 article · 0 edits · spin 0.12');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('states empty sections plainly', () => {
    const text = formatDigestText(bareDigest());
    expect(text).toContain('(no cross-source summary yet)');
    expect(text).toContain('(no clusters found)');
    expect(text).toContain('(no conflicts found)');
  });

  it('lists the top ten clusters and says how many more there are', () => {
    const digest = fullDigest();
    const [first] = digest.clusters;
    if (!first) throw new Error('fixture needs a cluster');
    digest.clusters = Array.from({ length: 13 }, (_, index) => ({ ...first, id: `c${index}`, label: `Claim ${index}` }));
    const text = formatDigestText(digest);
    expect(text).toContain('Claim 9');
    expect(text).not.toContain('Claim 10');
    expect(text).toContain('… and 3 more (parallax digest --json lists all)');
  });

  it.each([
    ['in the digest’s order', fullDigest()],
    ['reversed when the digest gives them reversed', reversedLists(fullDigest())],
  ])('lists clusters and conflicts %s', (_order, digest) => {
    const text = formatDigestText(digest);
    const labels = digest.clusters.map((cluster) => cluster.label);
    const summaries = digest.conflicts.map((conflict) => conflict.summary);
    expect(renderedOrder(text.slice(text.indexOf('Clusters,')), labels)).toEqual(labels);
    expect(renderedOrder(text.slice(text.indexOf('Conflicts')), summaries)).toEqual(summaries);
  });

  it('gives the same bytes for the same digest', () => {
    expect(formatDigestText(fullDigest())).toBe(formatDigestText(fullDigest()));
  });
});
