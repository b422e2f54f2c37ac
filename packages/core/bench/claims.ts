import { extractCorpusClaims, loadCorpus } from '../src/index.ts';
import { cleanCorpus } from '../src/clean/index.ts';
import { segmentArticle } from '../src/segment/index.ts';
import { evaluateClaimFixtures, loadClaimFixtures, type ClaimFixture } from '../test/fixtures/claims/evaluate.ts';
import { medianMs, percent, type BenchSection } from './section.ts';

// Baseline: a bare regex tokenise-and-split over the same text, measured in the same run.
const WORD_RE = /\p{L}+|\p{N}+/gu;
const SENTENCE_RE = /[.!?]\s+/;

export async function run(): Promise<BenchSection> {
  const fixtures = loadClaimFixtures();
  const rows: BenchSection['rows'] = [];
  const sets: Array<[string, ClaimFixture[]]> = [
    ['all passages', fixtures],
    ['batch 3 (never tuned on)', fixtures.filter((f) => f.batch === 3)],
    ['batch 4 (blind, then generalised on)', fixtures.filter((f) => f.batch === 4)],
    ['batch 5 (second blind batch)', fixtures.filter((f) => f.batch === 5)],
    ['batch 6 (digest-found errors, labelled before the rules)', fixtures.filter((f) => f.batch === 6)],
  ];
  for (const [name, set] of sets) {
    const { scores } = evaluateClaimFixtures(set);
    rows.push([`${name}`, `${set.length} passages`]);
    for (const [field, score] of Object.entries(scores)) {
      rows.push([`  ${field} precision`, percent(score.correct, score.predicted)]);
      rows.push([`  ${field} recall`, percent(score.correct, score.expected)]);
    }
  }
  const corpus = await loadCorpus();
  const segmented = cleanCorpus(corpus.articles).map(segmentArticle);
  const text = segmented.map((article) => article.cleanText).join('\n\n');
  const baselineMs = medianMs(() => text.split(SENTENCE_RE).map((s) => s.match(WORD_RE)), 20);
  const claimsMs = medianMs(() => extractCorpusClaims(segmented), 3);
  const mb = text.length / 1e6;
  const { claims, entities } = extractCorpusClaims(segmented);
  rows.push(['embedded corpus', `${claims.length} claims, ${entities.length} entities`]);
  rows.push(['regex baseline', `${(mb / (baselineMs / 1000)).toFixed(1)} MB/s`]);
  rows.push(['extractCorpusClaims', `${(mb / (claimsMs / 1000)).toFixed(3)} MB/s (${(claimsMs / baselineMs).toFixed(0)}x the baseline's time)`]);
  return { title: 'Claims: per-field precision/recall on hand-labelled passages; speed', rows };
}
