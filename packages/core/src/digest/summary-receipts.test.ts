import { describe, expect, it } from 'vitest';
import type { Digest } from '../model/index.ts';
import { DigestSchema } from '../model/index.ts';
import { buildDigest } from '../pipeline.ts';
import { loadCorpus } from '../ingest/index.ts';
import { buildStory } from '../../test/fixtures/stories/builder.ts';
import { loadStory } from '../../test/fixtures/stories/labels.ts';
import { MILL_FIRE } from '../../test/fixtures/stories/mill-fire.ts';
import { assembleDigest } from './index.ts';
import { checkProvenance, foldText, quotedStrings } from './provenance.ts';
import { parseSupportPhrase } from './support-phrase.ts';

// A hand-built story and two whole stories through the real pipeline (neither is the embedded corpus).
const digests: Array<[string, Digest]> = [
  ['a hand-built mill fire', assembleDigest(buildStory(MILL_FIRE))],
  ['the Titan submersible story', buildDigest(await loadCorpus(loadStory('titan-submersible-2023').corpusDir))],
  ['the Key Bridge story', buildDigest(await loadCorpus(loadStory('key-bridge-2024').corpusDir))],
];

describe.each(digests)('summary receipts of %s', (_name, digest) => {
  const sentences = new Map(digest.articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, sentence.text] as const)));
  const claims = new Map(digest.claims.map((claim) => [claim.id, claim]));
  const clusters = new Map(digest.clusters.map((cluster) => [cluster.id, cluster]));
  const conflicts = new Map(digest.conflicts.map((conflict) => [conflict.id, conflict]));

  it('gives every summary line its receipts, word for word the same line', () => {
    expect(digest.summary.length).toBeGreaterThan(0);
    expect(digest.summaryLines.map((line) => line.text)).toEqual(digest.summary);
    expect(DigestSchema.safeParse(digest).success).toBe(true);
  });

  it('rests every line on at least one source sentence, and every id it names exists', () => {
    for (const line of digest.summaryLines) {
      expect(line.sentenceIds.length, line.text).toBeGreaterThan(0);
      expect(line.sentenceIds.filter((id) => !sentences.has(id))).toEqual([]);
      expect(line.claimIds.filter((id) => !claims.has(id))).toEqual([]);
      expect(line.clusterIds.filter((id) => !clusters.has(id))).toEqual([]);
      expect(line.conflictIds.filter((id) => !conflicts.has(id))).toEqual([]);
      // Each sentence is one of the line's own claims: nothing is pointed at by shared words.
      const claimSentences = new Set(line.claimIds.map((id) => claims.get(id)?.sentenceId));
      expect(line.sentenceIds.filter((id) => !claimSentences.has(id))).toEqual([]);
    }
  });

  it('still passes the provenance check', () => {
    expect(checkProvenance(digest)).toEqual([]);
  });

  it('points a cluster line at the cluster whose support and label it states', () => {
    for (const line of digest.summaryLines.filter((l) => l.kind === 'cluster')) {
      const cluster = clusters.get(line.clusterIds[0] ?? '');
      expect(line.clusterIds).toHaveLength(1);
      expect(line.claimIds).toEqual(cluster?.claimIds);
      expect(line.text).toContain(cluster?.label.trim().replace(/[.!?]+$/, '') ?? 'a cluster');
      const support = parseSupportPhrase(line.text);
      expect(support?.outlets).toBe(cluster?.outletIds.length);
      expect(support?.independent).toBe(cluster?.independentSupport);
    }
  });

  it('points a conflict line at its conflict, and its quoted words are in its own receipts', () => {
    for (const line of digest.summaryLines.filter((l) => l.kind === 'conflict')) {
      const conflict = conflicts.get(line.conflictIds[0] ?? '');
      expect(line.conflictIds).toHaveLength(1);
      expect(line.clusterIds).toEqual(conflict?.clusterId ? [conflict.clusterId] : []);
      const receipts = line.sentenceIds.map((id) => foldText(sentences.get(id) ?? ''));
      for (const quoted of quotedStrings(line.text)) {
        expect(receipts.some((text) => text.includes(foldText(quoted))), quoted).toBe(true);
      }
    }
  });
});

describe('summary receipts on the hand-built story', () => {
  const [, digest] = digests[0] ?? ['', assembleDigest(buildStory(MILL_FIRE))];

  it('states conflicts as lines of their own, with the sentences of the sides they name', () => {
    const temporal = digest.summaryLines.find((line) => line.text.startsWith('Outlets disagree on when it happened'));
    expect(temporal?.kind).toBe('conflict');
    expect(temporal?.sentenceIds).toEqual(['alpha#s1', 'beacon#s1', 'civic#s1']);
    const arrest = digest.summaryLines[0];
    expect(arrest?.kind).toBe('cluster');
    expect(arrest?.sentenceIds).toEqual(['alpha#s5', 'beacon#s3', 'civic#s2', 'delta#s1']);
  });

  it('is refused by the schema when a line and its receipts disagree', () => {
    const swapped = { ...digest, summaryLines: [...digest.summaryLines].reverse() };
    expect(DigestSchema.safeParse(swapped).success).toBe(false);
    expect(DigestSchema.safeParse({ ...digest, summaryLines: digest.summaryLines.slice(1) }).success).toBe(false);
  });
});
