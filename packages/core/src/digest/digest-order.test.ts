// The order of the digest's lists is part of its contract (DigestSchema's doc comments): front ends
// render it as given, so it is checked here, on the embedded corpus and on a hand-built story.
import { describe, expect, it } from 'vitest';
import { buildStory, type ArticleSpec } from '../../test/fixtures/stories/builder.ts';
import { MILL_FIRE } from '../../test/fixtures/stories/mill-fire.ts';
import { loadCorpus } from '../ingest/index.ts';
import type { ClaimCluster, Conflict, Digest, TimelineEntry } from '../model/index.ts';
import { buildDigest } from '../pipeline.ts';
import { assembleDigest } from './index.ts';
import { compareStrings } from './order.ts';

type Key = ReadonlyArray<number | string>;

const SEVERITIES: Conflict['severity'][] = ['major', 'minor'];
const KINDS: Conflict['kind'][] = ['numeric', 'temporal', 'assertive', 'certainty'];

// Each list's order as a key, smallest first; later terms break ties of earlier ones.
const clusterKey = (c: ClaimCluster): Key => [-c.independentSupport, -c.outletIds.length, -c.checkworthiness, c.labelClaimId];
const conflictKey = (c: Conflict): Key => [SEVERITIES.indexOf(c.severity), KINDS.indexOf(c.kind), c.positions.map((p) => p.claimId).sort(compareStrings).join('|')];
// `2023` < `2023-09` < `2023-09-10` as strings: a year or month among the days; no time sorts last.
const timelineKey = (e: TimelineEntry): Key => [(e.period ?? e.date) === undefined ? 1 : 0, e.period ?? e.date ?? ''];

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : compareStrings(String(x), String(y));
    if (order !== 0) return order;
  }
  return 0;
}

/** The ids of the first two neighbours out of order, or undefined when the list is in order. */
function firstDisorder<T extends { id: string }>(items: readonly T[], keyOf: (item: T) => Key): [string, string] | undefined {
  for (const [i, item] of items.slice(1).entries()) {
    const before = items[i];
    if (before && compareKeys(keyOf(before), keyOf(item)) > 0) return [before.id, item.id];
  }
  return undefined;
}

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

// A fifth outlet for the mill story: a year and a month among its days, and a time no date places.
const ARCHIVE: ArticleSpec = {
  outlet: 'Echo Archive',
  id: 'echo',
  sentences: [
    { text: 'The Hollins textile mill first opened in 1851.', times: [{ text: 'in 1851', resolved: '1851', grain: 'year' }] },
    { text: 'A council survey found damp in the mill roof in May 2023.', times: [{ text: 'in May 2023', resolved: '2023-05', grain: 'month' }] },
    { text: 'Demolition of the burnt shell could begin in the coming weeks.', times: [{ text: 'in the coming weeks', relative: true }] },
  ],
};

const digests: Array<[string, () => Promise<Digest>]> = [
  ['the embedded corpus', async () => buildDigest(await loadCorpus())],
  ['a hand-built story', async () => assembleDigest(buildStory([...MILL_FIRE, ARCHIVE]))],
];

describe.each(digests)('the lists of %s', async (_name, build) => {
  const digest = await build();

  it('rank clusters by independent support, then outlets, then check-worthiness, ids following', () => {
    expect(digest.clusters.length).toBeGreaterThan(1);
    expect(firstDisorder(digest.clusters, clusterKey)).toBeUndefined();
    expect(ids(digest.clusters)).toEqual([...ids(digest.clusters)].sort(compareStrings));
  });

  it('put major conflicts before minor ones, then order by kind, ids following', () => {
    expect(digest.conflicts.length).toBeGreaterThan(1);
    expect(firstDisorder(digest.conflicts, conflictKey)).toBeUndefined();
    expect(ids(digest.conflicts)).toEqual([...ids(digest.conflicts)].sort(compareStrings));
  });

  it('keep the timeline in time order, entries with no time last', () => {
    expect(digest.timeline.length).toBeGreaterThan(1);
    expect(firstDisorder(digest.timeline, timelineKey)).toBeUndefined();
    expect(digest.timeline.at(-1)?.period).toBeUndefined();
  });
});

describe('the order of a hand-built story', () => {
  const digest = assembleDigest(buildStory([...MILL_FIRE, ARCHIVE]));

  it('puts a minor conflict after a major one of a later kind', () => {
    expect(digest.conflicts.map((c) => `${c.severity} ${c.kind}`)).toEqual(['major numeric', 'major assertive', 'minor temporal', 'minor certainty']);
  });

  it('puts a year and a month before the days, and the time no date places last', () => {
    expect(digest.timeline.map((e) => e.when)).toEqual(['in 1851', 'in May 2023', 'on Sunday night', 'on Monday', 'in the coming weeks']);
  });
});
