// Cleaning: how quiet it is on clean text (BBC), what it repairs on the seed corpus, and its speed as
// a ratio to a bare regex clean-up of the same text measured in the same run.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { cleanCorpus } from '../src/clean/index.ts';
import { loadCorpus } from '../src/ingest/index.ts';
import type { Article, CleanArticle } from '../src/model/index.ts';
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

async function readBbc(dir: string): Promise<Article[]> {
  const articles: Article[] = [];
  for (const topic of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const corpus = await loadCorpus(path.join(dir, topic));
    for (const article of corpus.articles) articles.push({ ...article, id: `${topic}-${article.id}`, outletId: 'bbc-news', outlet: 'BBC News' });
  }
  return articles;
}

async function bbcRows(): Promise<Array<[string, string]>> {
  const dir = sharedDataPath('bbc-news');
  if (!dir) return [['BBC', 'skipped: ../shared/data/bbc-news is absent']];
  const articles = await readBbc(dir);
  const cleaned = cleanCorpus(articles);
  const total = articles.reduce((sum, a) => sum + a.body.length, 0);
  const changed = cleaned.reduce((sum, c) => sum + c.edits.reduce((s, e) => s + Math.max(e.before.length, e.after.length), 0), 0);
  const mb = total / 1e6;
  const baselineMs = medianMs(() => articles.map((a) => regexClean(a.body)), 5);
  const cleanMs = medianMs(() => cleanCorpus(articles), 3);
  return [
    ['BBC articles', String(articles.length)],
    ['BBC characters changed', `${((100 * changed) / total).toFixed(4)}% (${changed}/${total})`],
    ['BBC edits by kind', byKind(cleaned)],
    ['BBC flags', String(cleaned.reduce((sum, c) => sum + c.flags.length, 0))],
    ['regex baseline', `${(mb / (baselineMs / 1000)).toFixed(1)} MB/s`],
    ['cleanCorpus', `${(mb / (cleanMs / 1000)).toFixed(2)} MB/s (${(cleanMs / baselineMs).toFixed(0)}x the baseline's time)`],
  ];
}

export async function run(): Promise<BenchSection> {
  const seed = cleanCorpus((await loadCorpus()).articles);
  return {
    title: 'Cleaning',
    rows: [
      ['seed edits by kind', byKind(seed)],
      ['seed flags', String(seed.reduce((sum, c) => sum + c.flags.length, 0))],
      ['seed spin scores', seed.map((c) => `${c.article.id.slice(0, 3)} ${c.spin.score}`).join(', ')],
      ...(await bbcRows()),
    ],
  };
}
