// The digest on whole stories through the real pipeline: the embedded corpus, a story assembled from
// public articles and a held-out hand-written one, each with hand labels. Provenance, determinism and quality floors.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDigest, DigestSchema, loadCorpus, type Article } from '../src/index.ts';
import { checkProvenance } from '../src/digest/index.ts';
import { evaluateStory } from './fixtures/stories/evaluate.ts';
import { LABELLED_STORIES, loadStory } from './fixtures/stories/labels.ts';
import { sharedDataPath } from './shared-data.ts';

// Floors sit under today's figures with room for the pipeline's other stages to move; a fall below
// one means the digest got worse, not noisier. See `pnpm bench digest` for the figures themselves.
const FLOORS: Record<(typeof LABELLED_STORIES)[number], { precision: number; recall: number; conflicts: number }> = {
  'kim-putin-2023': { precision: 0.85, recall: 0.68, conflicts: 0.45 },
  'titan-submersible-2023': { precision: 0.7, recall: 0.33, conflicts: 0.6 },
  'key-bridge-2024': { precision: 0.9, recall: 0.68, conflicts: 0.3 },
  // Held out for the atomic-claims work; its many facts per sentence are labelled apart, so pairs of
  // facts sharing one claim count against precision.
  'morocco-earthquake-2023': { precision: 0.4, recall: 0.38, conflicts: 0.95 },
  // Held out for the quantity-context work (company results); first run untouched: conflicts 4/5.
  'veltria-results-2024': { precision: 0.6, recall: 0.3, conflicts: 0.75 },
};

describe.each(LABELLED_STORIES)('digest of %s', async (slug) => {
  const { labels, corpusDir } = loadStory(slug);
  const corpus = await loadCorpus(corpusDir);
  const digest = buildDigest(corpus);

  it('passes the schema', () => {
    expect(DigestSchema.safeParse(digest).success).toBe(true);
  });

  it('traces every number and quoted string in its summary and cluster labels to a source span', () => {
    expect(checkProvenance(digest)).toEqual([]);
  });

  it('gives byte-identical JSON on a second run', () => {
    expect(JSON.stringify(buildDigest(corpus))).toBe(JSON.stringify(digest));
  });

  it('holds its cluster precision, recall and conflict recall on the hand labels', () => {
    const scores = evaluateStory(digest, labels);
    expect(scores.unmapped).toEqual([]);
    expect(scores.falseConflicts).toEqual([]);
    expect(scores.clusterPrecision).toBeGreaterThanOrEqual(FLOORS[slug].precision);
    expect(scores.clusterRecall).toBeGreaterThanOrEqual(FLOORS[slug].recall);
    expect(scores.conflictRecall).toBeGreaterThanOrEqual(FLOORS[slug].conflicts);
  });

  it('gives each quote one entry, and every timeline entry a period in order', () => {
    const holders = digest.quotes.flatMap((entry) => entry.claimIds);
    expect(new Set(holders).size).toBe(holders.length);
    const periods = digest.timeline.map((entry) => entry.period).filter((period) => period !== undefined);
    expect(periods).toEqual([...periods].sort());
    for (const entry of digest.timeline) if (entry.date) expect(entry.period).toBe(entry.date);
  });

  it('summarises in 5 to 8 sentences and every outlet in 3 to 5', () => {
    expect(digest.summary.length).toBeGreaterThanOrEqual(5);
    expect(digest.summary.length).toBeLessThanOrEqual(8);
    for (const outlet of digest.outletSummaries) {
      expect(outlet.summary.length).toBeLessThanOrEqual(5);
      expect(outlet.summary.length).toBeGreaterThanOrEqual(Math.min(3, outlet.summarySentenceIds.length));
    }
  });
});

const bbcDir = sharedDataPath('bbc-news', 'politics');

describe.skipIf(!bbcDir)('digest of 30 BBC politics articles, one outlet each', () => {
  it('traces its summary and labels to the sources and repeats byte for byte', async () => {
    const files = (await readdir(bbcDir ?? '')).filter((f) => f.endsWith('.txt')).sort().slice(0, 30);
    const articles: Article[] = await Promise.all(
      files.map(async (file, i) => {
        const body = await readFile(path.join(bbcDir ?? '', file), 'utf8');
        const id = file.replace('.txt', '');
        return { id, outletId: `outlet-${i}`, outlet: `Outlet ${String.fromCharCode(65 + (i % 26))}${i}`, title: body.split('\n')[0] ?? '', body, source: file, sourcePath: file, format: 'txt' as const, credits: [] };
      }),
    );
    const digest = buildDigest(articles);
    expect(checkProvenance(digest)).toEqual([]);
    expect(DigestSchema.safeParse(digest).success).toBe(true);
    expect(JSON.stringify(buildDigest(articles))).toBe(JSON.stringify(digest));
  });
});

describe.skipIf(bbcDir !== null)('digest of BBC articles', () => {
  it.skip('skipped: ../shared/data/bbc-news is absent on this machine', () => {});
});
