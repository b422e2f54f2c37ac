import { buildDigest, loadCorpus } from '../src/index.ts';
import { medianMs, type BenchSection } from './section.ts';

// Baseline: a bare regex tokenise-and-split over the same text, measured in the same run.
const WORD_RE = /\p{L}+|\p{N}+/gu;
const SENTENCE_RE = /[.!?]\s+/;

export async function run(): Promise<BenchSection> {
  const corpus = await loadCorpus();
  const text = corpus.articles.map((article) => article.body).join('\n\n');
  const baselineMs = medianMs(() => text.split(SENTENCE_RE).map((s) => s.match(WORD_RE)), 20);
  const pipelineMs = medianMs(() => buildDigest(corpus), 3);
  const mb = text.length / 1e6;
  return {
    title: 'Whole pipeline on the embedded corpus',
    rows: [
      ['articles', String(corpus.articles.length)],
      ['characters', String(text.length)],
      ['regex baseline', `${(mb / (baselineMs / 1000)).toFixed(1)} MB/s`],
      ['buildDigest', `${(mb / (pipelineMs / 1000)).toFixed(3)} MB/s (${(pipelineMs / baselineMs).toFixed(0)}x the baseline's time)`],
    ],
  };
}
