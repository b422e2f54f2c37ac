import { extractCorpusClaims } from './claims/index.ts';
import { cleanCorpus } from './clean/index.ts';
import { assembleDigest } from './digest/index.ts';
import type { Corpus } from './ingest/index.ts';
import type { Article, Digest } from './model/index.ts';
import { segmentArticle } from './segment/index.ts';

/**
 * Run every stage on a corpus: clean -> segment -> claims -> digest. Pure: no I/O.
 *
 * @example
 * const digest = buildDigest(await loadCorpus());
 * console.log(digest.summary.join('\n'));
 */
export function buildDigest(input: Corpus | readonly Article[]): Digest {
  const corpus = isArticleList(input) ? { name: 'articles', diagnostics: [], articles: input } : input;
  // Cleaning sees all articles at once: chrome, spellings and spin are found across outlets.
  const cleaned = cleanCorpus(corpus.articles);
  const segmented = cleaned.map(segmentArticle);
  const { claims, entities } = extractCorpusClaims(segmented);
  return assembleDigest({ corpus, articles: segmented, claims, entities });
}

function isArticleList(input: Corpus | readonly Article[]): input is readonly Article[] {
  return Array.isArray(input);
}
