import type { Claim, ClaimCluster, SegmentedArticle, Sentence } from '../model/index.ts';
import type { DigestContext } from './context.ts';
import type { Candidate } from './mmr.ts';
import { contentStems } from './text.ts';
import { idf, type Vector } from './vectors.ts';

const MIN_WORDS = 6;
const MAX_WORDS = 70;
const QUESTION_RE = /\?["'”’)]*$/;

/** What the summaries need: each sentence's claims' clusters and a stem vector per sentence. */
export interface SentenceScores {
  /** Sentence id -> relevance: how widely and independently its claims are carried, and how checkable. */
  relevance: ReadonlyMap<string, number>;
  vectors: ReadonlyMap<string, Vector>;
}

/**
 * Score every sentence of the corpus for summaries: a sentence matters when its claims sit in clusters
 * many independent outlets carry, and when they are worth checking.
 */
export function scoreSentences(context: DigestContext, clusters: readonly ClaimCluster[]): SentenceScores {
  const clusterOf = new Map<string, ClaimCluster>();
  for (const cluster of clusters) for (const id of cluster.claimIds) clusterOf.set(id, cluster);
  const maxSupport = Math.max(1, ...clusters.map((c) => c.independentSupport));
  const claimsOf = new Map<string, Claim[]>();
  for (const claim of context.claims) {
    const list = claimsOf.get(claim.sentenceId) ?? [];
    list.push(claim);
    claimsOf.set(claim.sentenceId, list);
  }
  const relevance = new Map<string, number>();
  const stems = new Map<string, string[]>();
  for (const article of context.articles) {
    for (const sentence of article.sentences) {
      stems.set(sentence.id, contentStems(sentence.text));
      let score = 0;
      for (const claim of claimsOf.get(sentence.id) ?? []) {
        const cluster = clusterOf.get(claim.id);
        const support = cluster ? (cluster.independentSupport - 1) / maxSupport : 0;
        score = Math.max(score, support + 0.4 * claim.checkworthiness);
      }
      relevance.set(sentence.id, score);
    }
  }
  const weights = idf([...stems.values()]);
  const vectors = new Map<string, Vector>();
  for (const [id, list] of stems) vectors.set(id, new Map(list.map((stem) => [stem, weights.get(stem) ?? 0])));
  return { relevance, vectors };
}

/** Body sentences fit for a summary: no headings or title lines, questions, fragments or run-ons. */
export function summaryCandidates(articles: readonly SegmentedArticle[], scores: SentenceScores): Candidate[] {
  const candidates: Candidate[] = [];
  let order = 0;
  for (const article of articles) {
    for (const sentence of article.sentences) {
      order++;
      if (!isSummarisable(article, sentence)) continue;
      candidates.push({
        id: sentence.id,
        order,
        relevance: scores.relevance.get(sentence.id) ?? 0,
        vector: scores.vectors.get(sentence.id) ?? new Map(),
      });
    }
  }
  return candidates;
}

function isSummarisable(article: SegmentedArticle, sentence: Sentence): boolean {
  if (sentence.isHeading || QUESTION_RE.test(sentence.text)) return false;
  if (sentence.text.trim() === article.title.trim()) return false;
  const words = sentence.text.split(/\s+/).length;
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  // Text the cleaner flagged as chrome is not the story.
  return !article.flags.some((flag) => flag.kind === 'chrome' && flag.start <= sentence.start && flag.end >= sentence.end);
}

/** Article summaries read well only if they are the sentences' own text. */
export function sentenceTexts(context: DigestContext, ids: readonly string[]): string[] {
  return ids.map((id) => context.sentenceById.get(id)?.text ?? '').filter((text) => text !== '');
}
