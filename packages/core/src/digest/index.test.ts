import { describe, expect, it } from 'vitest';
import { DigestSchema } from '../model/index.ts';
import { buildStory } from '../../test/fixtures/stories/builder.ts';
import { MILL_FIRE } from '../../test/fixtures/stories/mill-fire.ts';
import { assembleDigest } from './index.ts';

const digest = assembleDigest(buildStory(MILL_FIRE));
const clusterWith = (claimId: string) => {
  const cluster = digest.clusters.find((c) => c.claimIds.includes(claimId));
  if (!cluster) throw new Error(`no cluster holds ${claimId}`);
  return cluster;
};

describe('assembleDigest on a hand-built story', () => {
  it('passes the digest schema', () => {
    expect(DigestSchema.safeParse(digest).success).toBe(true);
  });

  it('clusters one fact across outlets and counts shared copy once', () => {
    const arrest = clusterWith('alpha#s5#c0');
    expect(arrest.claimIds).toEqual(['alpha#s5#c0', 'beacon#s3#c0', 'civic#s2#c0', 'delta#s1#c0']);
    expect(arrest.outletIds).toHaveLength(4);
    // Beacon and Civic share copy (the cleaner's alignment): one lineage.
    expect(arrest.lineages).toContainEqual(['beacon-post', 'civic-wire']);
    expect(arrest.independentSupport).toBe(3);
    expect(arrest.status).toBe('corroborated');
  });

  it('ranks clusters by independent support', () => {
    const supports = digest.clusters.map((c) => c.independentSupport);
    expect(supports).toEqual([...supports].sort((a, b) => b - a));
    expect(digest.clusters[0]?.id).toBe('cluster-001');
  });

  it('keeps different facts apart, even with shared words', () => {
    expect(clusterWith('alpha#s3#c0').claimIds).not.toContain('delta#s3#c0');
    expect(clusterWith('civic#s4#c0').outletIds).toEqual(['civic-wire']);
    expect(clusterWith('civic#s4#c0').status).toBe('single-source');
  });

  it('labels a cluster with the wording of its least noisy, unhedged claim', () => {
    const storage = clusterWith('civic#s3#c0');
    expect(storage.label).toBe('The fire started in a storage room, investigators said.');
    expect(storage.modalityByOutlet).toEqual({ 'beacon-post': 'hedged', 'civic-wire': 'asserted' });
  });
});

describe('conflicts', () => {
  const ofKind = (kind: string) => digest.conflicts.filter((c) => c.kind === kind);

  it('finds two figures for one count, with severity and gap', () => {
    const [numeric] = ofKind('numeric');
    expect(numeric?.positions.map((p) => p.text)).toEqual(['Around 80 firefighters', 'About 90 firefighters']);
    expect(numeric?.severity).toBe('major');
    expect(numeric?.relativeGap).toBeCloseTo(1 / 9, 3);
  });

  it('never sets figures about different things against each other', () => {
    const texts = digest.conflicts.flatMap((c) => c.positions.map((p) => p.text));
    expect(texts).not.toContain('300 metres');
    expect(texts).not.toContain('2 kilometres');
  });

  it('finds one event placed at different times and marks its cluster disputed', () => {
    const [temporal] = ofKind('temporal');
    expect(temporal?.positions.map((p) => p.text)).toContain('on Sunday afternoon');
    expect(temporal?.positions.map((p) => p.text)).toContain('on Sunday night');
    expect(clusterWith('alpha#s1#c0').status).toBe('disputed');
  });

  it('finds an assertion against a denial, and a hedge against a statement', () => {
    expect(ofKind('assertive')[0]?.positions.map((p) => p.outletId)).toEqual(['alpha-news', 'delta-daily']);
    const certainty = ofKind('certainty')[0];
    expect(certainty?.severity).toBe('minor');
    expect(certainty?.positions.map((p) => p.modality)).toEqual(['hedged', 'asserted']);
  });

  it('links every conflict to a cluster that lists it', () => {
    for (const conflict of digest.conflicts) {
      const home = digest.clusters.find((c) => c.id === conflict.clusterId);
      expect(home?.conflictIds).toContain(conflict.id);
    }
  });
});

describe('matrix', () => {
  const cells = (claimId: string) => digest.matrix.find((row) => row.clusterId === clusterWith(claimId).id)?.cells;

  it('says for every outlet whether it reports, hedges, contradicts or omits a cluster', () => {
    expect(cells('civic#s3#c0')).toEqual({
      'alpha-news': 'omits',
      'beacon-post': 'hedges',
      'civic-wire': 'reports',
      'delta-daily': 'omits',
    });
    expect(cells('alpha#s6#c0')?.['delta-daily']).toBe('contradicts');
    expect(cells('alpha#s1#c0')?.['alpha-news']).toBe('reports');
    expect(cells('alpha#s1#c0')?.['beacon-post']).toBe('contradicts');
  });
});

describe('quotes', () => {
  it('aligns one quote across outlets with word-level differences and flags a paraphrase as quote', () => {
    const [entry] = digest.quotes;
    expect(entry?.speaker).toBe('Ruth Oakes');
    expect(entry?.outletIds).toEqual(['alpha-news', 'beacon-post', 'delta-daily']);
    expect(entry?.variants.find((v) => v.outletId === 'beacon-post')?.differences).toEqual(['-an', '+the', '-of', '-our', '-arrival']);
    expect(entry?.integrity).toBe('paraphrase-as-quote');
  });

  it('calls an edited quote altered when no outlet paraphrases it', () => {
    const input = buildStory(MILL_FIRE.filter((a) => a.id !== 'delta'));
    expect(assembleDigest(input).quotes[0]?.integrity).toBe('altered');
  });
});

describe('timeline', () => {
  it('resolves relative days against each article date and marks disputed events', () => {
    const fire = digest.timeline.find((e) => e.clusterId === clusterWith('alpha#s1#c0').id);
    expect(fire?.date).toBe('2024-03-10');
    expect(fire?.disputed).toBe(true);
    expect(fire?.reportedAt).toContainEqual({ outletId: 'civic-wire', date: '2024-03-11' });
    const arrest = digest.timeline.find((e) => e.clusterId === clusterWith('alpha#s5#c0').id);
    expect(arrest?.date).toBe('2024-03-11');
    expect(arrest?.disputed).toBe(false);
  });
});

describe('timeline dates', () => {
  it('gives a calendar day only where one is known, and orders months and years by their time', () => {
    const story = buildStory([
      { outlet: 'One', publishedAt: '2024-03-12', sentences: [{ text: 'The mill first opened in 1998.', times: [{ text: 'in 1998', resolved: '1998-01-01', grain: 'year', relative: false }] }, { text: 'It closed on Monday.', times: [{ text: 'on Monday' }] }] },
      { outlet: 'Two', sentences: [{ text: 'The mill first opened in 1998, records show.', times: [{ text: 'in 1998', grain: 'year', relative: false }] }] },
    ]);
    const timeline = assembleDigest(story).timeline;
    expect(timeline.map((e) => e.when)).toEqual(['in 1998', 'on Monday']);
    expect(timeline[0]?.date).toBeUndefined();
    expect(timeline[1]?.date).toBe('2024-03-11');
    expect(DigestSchema.safeParse(assembleDigest(story)).success).toBe(true);
  });
});
