// Cleaning: how quiet it is on clean text (BBC), what it repairs on the seed corpus and on BBC
// articles with injected noise of known truth, and its speed as a ratio to a bare regex clean-up of
// the same text measured in the same run.
import { cleanCorpus } from '../src/clean/index.ts';
import { loadCorpus } from '../src/ingest/index.ts';
import type { Article, CleanArticle } from '../src/model/index.ts';
import { readBbc } from '../test/fixtures/noise/bbc.ts';
import { buildNoiseCorpus, DEFAULT_NOISE } from '../test/fixtures/noise/corpus.ts';
import { scoreNoise } from '../test/fixtures/noise/evaluate.ts';
import { noiseRows } from '../test/fixtures/noise/rows.ts';
import { sharedDataPath } from '../test/shared-data.ts';
import { medianMs, type BenchSection } from './section.ts';

// Baseline: NFC plus the whitespace rules a regex can do alone.
const TRAILING_RE = /[ \t]+\n/g;
const BLANK_RUN_RE = /\n{3,}/g;
const SPACE_RUN_RE = /(?<=\S) {2,}(?=\S)/g;
const regexClean = (text: string): string => text.normalize('NFC').replace(TRAILING_RE, '\n').replace(BLANK_RUN_RE, '\n\n').replace(SPACE_RUN_RE, ' ');

const byKind = (cleaned: readonly CleanArticle[]): string => {
  const counts = new Map<string, number>();
  for (const clean of cleaned) for (const edit of clean.edits) counts.set(edit.kind, (counts.get(edit.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([kind, n]) => `${kind} ${n}`).join(', ') || 'none';
};

/** Throughput of cleanCorpus on `articles`, with the regex baseline's measured in the same run. */
function speedRow(label: string, articles: readonly Article[]): [string, string] {
  const mb = articles.reduce((sum, a) => sum + a.body.length, 0) / 1e6;
  const baselineMs = medianMs(() => articles.map((a) => regexClean(a.body)), 5);
  const cleanMs = medianMs(() => cleanCorpus(articles), 3);
  return [label, `${(mb / (cleanMs / 1000)).toFixed(2)} MB/s, ${(cleanMs / baselineMs).toFixed(0)}x the regex baseline's time (${(mb / (baselineMs / 1000)).toFixed(1)} MB/s)`];
}

async function bbcRows(dir: string, articles: Article[]): Promise<Array<[string, string]>> {
  const cleaned = cleanCorpus(articles);
  const total = articles.reduce((sum, a) => sum + a.body.length, 0);
  const changed = cleaned.reduce((sum, c) => sum + c.edits.reduce((s, e) => s + Math.max(e.before.length, e.after.length), 0), 0);
  return [
    ['BBC articles', `${articles.length} (${dir.split('/').slice(-2).join('/')})`],
    ['BBC characters changed', `${((100 * changed) / total).toFixed(4)}% (${changed}/${total})`],
    ['BBC edits by kind', byKind(cleaned)],
    ['BBC flags', String(cleaned.reduce((sum, c) => sum + c.flags.length, 0))],
    speedRow('cleanCorpus on BBC', articles),
  ];
}

/** Injected noise of known truth: per kind, repair recall, edit precision, exact clean texts. */
function noiseSection(sources: readonly Article[]): Array<[string, string]> {
  const noisy = buildNoiseCorpus(sources, DEFAULT_NOISE);
  const cleaned = cleanCorpus(noisy.map((n) => n.article));
  const report = scoreNoise(noisy, cleaned);
  return [
    ['noise corpus', `${noisy.length} articles from BBC, seed ${DEFAULT_NOISE.seed}, ${DEFAULT_NOISE.perGroup} per damage kind`],
    ...noiseRows(report, true),
    speedRow('cleanCorpus on noise', noisy.map((n) => n.article)),
  ];
}

export async function run(): Promise<BenchSection> {
  const seed = cleanCorpus((await loadCorpus()).articles);
  const rows: Array<[string, string]> = [
    ['seed edits by kind', byKind(seed)],
    ['seed flags', String(seed.reduce((sum, c) => sum + c.flags.length, 0))],
    ['seed spin scores', seed.map((c) => `${c.article.id.slice(0, 3)} ${c.spin.score}`).join(', ')],
  ];
  const dir = sharedDataPath('bbc-news');
  if (!dir) return { title: 'Cleaning', rows: [...rows, ['BBC and noise', 'skipped: ../shared/data/bbc-news is absent']] };
  const { articles } = await readBbc(dir);
  return { title: 'Cleaning', rows: [...rows, ...(await bbcRows(dir, articles)), ...noiseSection(articles)] };
}
