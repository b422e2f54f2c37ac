import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDigest, extractCorpusClaims, loadCorpus, type Article } from '../src/index.ts';
import { cleanCorpus } from '../src/clean/index.ts';
import { assembleDigest } from '../src/digest/index.ts';
import { segmentArticle } from '../src/segment/index.ts';
import { evaluateStory } from '../test/fixtures/stories/evaluate.ts';
import { LABELLED_STORIES, loadStory } from '../test/fixtures/stories/labels.ts';
import { sharedDataPath } from '../test/shared-data.ts';
import { medianMs, percent, type BenchSection } from './section.ts';

// Baseline for speed: a bare regex tokenise over the same claims, measured in the same run.
const WORD_RE = /\p{L}+|\p{N}+/gu;
// Two corpus sizes, four times apart: near-linear cost keeps the time per claim about level.
const SMALL = 100;
const LARGE = 400;

export async function run(): Promise<BenchSection> {
  const rows: BenchSection['rows'] = [];
  for (const slug of LABELLED_STORIES) {
    const { labels, corpusDir } = loadStory(slug);
    const digest = buildDigest(await loadCorpus(corpusDir));
    const s = evaluateStory(digest, labels);
    rows.push([slug, `${digest.articles.length} articles, ${digest.claims.length} claims, ${digest.clusters.length} clusters, ${labels.facts.length} labelled facts`]);
    rows.push(['  cluster precision (pairs)', percent(s.truePairs, s.predictedPairs)]);
    rows.push(['  cluster recall (pairs)', percent(s.truePairs, s.goldPairs)]);
    rows.push(['  precision / recall (claim pairs)', `${percent(s.claimPairs.truePairs, s.claimPairs.predictedPairs)} / ${percent(s.claimPairs.truePairs, s.claimPairs.goldPairs)}`]);
    rows.push(['  conflict recall', percent(s.conflictsFound.length, labels.conflicts.length)]);
    rows.push(['  severity as labelled', percent(s.severityAgreement, s.conflictsFound.length)]);
    rows.push(['  labelled non-conflicts reported', `${s.falseConflicts.length} of ${labels.nonConflicts.length}`]);
    rows.push(['  conflicts reported', String(s.predictedConflicts)]);
    if (s.conflictsMissed.length > 0) rows.push(['  missed', s.conflictsMissed.join(', ')]);
  }
  const bbc = sharedDataPath('bbc-news');
  if (!bbc) {
    rows.push(['scaling', 'skipped: ../shared/data/bbc-news is absent']);
    return { title: 'Digest: clusters and conflicts against hand labels; cost as claims grow', rows };
  }
  const articles = await readBbc(bbc, LARGE);
  const small = await prepare(articles.slice(0, SMALL));
  const large = await prepare(articles);
  const text = large.claims.map((claim) => claim.text).join('\n');
  const baselineMs = medianMs(() => text.match(WORD_RE), 10);
  const smallMs = medianMs(() => assembleDigest(small), 2);
  const largeMs = medianMs(() => assembleDigest(large), 2);
  const perClaim = (ms: number, n: number) => ((ms * 1000) / n).toFixed(0);
  rows.push([`BBC, ${SMALL} articles`, `${small.claims.length} claims: assembleDigest ${smallMs.toFixed(0)} ms (${perClaim(smallMs, small.claims.length)} µs a claim)`]);
  rows.push([`BBC, ${LARGE} articles`, `${large.claims.length} claims: assembleDigest ${largeMs.toFixed(0)} ms (${perClaim(largeMs, large.claims.length)} µs a claim, ${(largeMs / baselineMs).toFixed(0)}x a regex tokenise of the same claims)`]);
  rows.push(['growth', `${(large.claims.length / small.claims.length).toFixed(1)}x the claims took ${(largeMs / smallMs).toFixed(1)}x the time (all-pairs would take ~${((large.claims.length / small.claims.length) ** 2).toFixed(0)}x)`]);
  return { title: 'Digest: clusters and conflicts against hand labels; cost as claims grow', rows };
}

/** BBC articles, one outlet per topic, taken round-robin so every size mixes topics. */
async function readBbc(dir: string, count: number): Promise<Article[]> {
  const topics = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const files = await Promise.all(topics.map(async (topic) => (await readdir(path.join(dir, topic))).filter((f) => f.endsWith('.txt')).sort()));
  const articles: Article[] = [];
  for (let i = 0; articles.length < count; i++) {
    const topic = topics[i % topics.length];
    const file = files[i % topics.length]?.[Math.floor(i / topics.length)];
    if (!topic || !file) break;
    const body = await readFile(path.join(dir, topic, file), 'latin1');
    const id = `${topic}-${file.replace('.txt', '')}`;
    articles.push({ id, outletId: topic, outlet: `BBC ${topic}`, title: body.split('\n')[0] ?? '', body, source: `${id}.txt`, sourcePath: id, format: 'txt', credits: [] });
  }
  return articles;
}

async function prepare(articles: readonly Article[]) {
  const segmented = cleanCorpus(articles).map(segmentArticle);
  const { claims, entities } = extractCorpusClaims(segmented);
  return { corpus: { name: 'bbc', diagnostics: [] }, articles: segmented, claims, entities };
}
