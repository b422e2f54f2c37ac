import type { CleanArticle } from '../model/index.ts';
import type { Token } from './nlp.ts';

/** A span of clean text and the common wording another outlet uses for it. */
export interface Substitution {
  start: number;
  end: number;
  common: string;
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);

/**
 * The spinner's substitutions in an article, from its spin report and its `spin` flags (the
 * cleaner keeps the original words and records the common wording beside them).
 *
 * @example
 * spinSubstitutions(article); // [{ start: 120, end: 130, common: 'possible' }]
 */
export function spinSubstitutions(article: Pick<CleanArticle, 'spin' | 'flags'>): Substitution[] {
  const fromReport = article.spin.substitutions.map((s) => ({ start: s.start, end: s.end, common: s.common }));
  const fromFlags = article.flags
    .filter((flag) => flag.kind === 'spin' && flag.suggestion !== undefined)
    .map((flag) => ({ start: flag.start, end: flag.end, common: flag.suggestion ?? '' }));
  return [...fromReport, ...fromFlags].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Content-word lemmas of `[start, end)`, with spun words replaced by the common wording:
 * `Kim is traveling on a private activity` (spin: activity -> train) -> `kim travel private train`.
 *
 * @example
 * normalizeClaimText(tokens, 0, 40, [{ start: 31, end: 39, common: 'train' }]);
 */
export function normalizeClaimText(
  tokens: readonly Token[],
  start: number,
  end: number,
  substitutions: readonly Substitution[],
): string {
  const words: string[] = [];
  let lastSubstitution: Substitution | undefined;
  for (const token of tokens) {
    if (token.start < start || token.end > end) continue;
    const substitution = substitutions.find((s) => token.start < s.end && token.end > s.start);
    if (substitution) {
      if (substitution !== lastSubstitution) words.push(...substitution.common.toLowerCase().split(/\s+/));
      lastSubstitution = substitution;
      continue;
    }
    if (!CONTENT_POS.has(token.pos) || token.isStopWord) continue;
    words.push(token.pos === 'NUM' ? token.text.replaceAll(',', '') : token.lemma);
  }
  return words.filter(Boolean).join(' ');
}
