import type { Article, CleanArticle, SpinReport } from '../model/index.ts';
import { buildCleanContext, type CleanContext } from './context.ts';
import { repairAbbreviations } from './abbreviations.ts';
import { repairChrome } from './chrome.ts';
import { repairCredits } from './credits.ts';
import { countEdits } from './edits.ts';
import { repairHeadline } from './headline.ts';
import { repairDebris } from './debris.ts';
import { repairHomoglyphs } from './homoglyphs.ts';
import { repairMarkup } from './markup.ts';
import type { CleanPass } from './pass.ts';
import { repairPhraseStops } from './phrase-stops.ts';
import { repairQuotes } from './quotes.ts';
import { repairRepetition } from './repetition.ts';
import { repairSentences } from './sentences.ts';
import { repairSpelling } from './spelling.ts';
import { runPasses } from './run-passes.ts';
import { flagStrayCapitals } from './stray-capitals.ts';
import { addSpin } from './spin.ts';
import { contentLines } from './text-units.ts';
import { repairUnicode } from './unicode.ts';
import { repairWhitespace } from './whitespace.ts';

export { applyEdits, revertEdits } from './edits.ts';
export type { Repair } from './edits.ts';
export { buildCleanContext } from './context.ts';
export type { CleanContext } from './context.ts';
export { repairAbbreviations } from './abbreviations.ts';
export { repairChrome } from './chrome.ts';
export { repairCredits } from './credits.ts';
export { repairHeadline } from './headline.ts';
export { repairDebris } from './debris.ts';
export { repairHomoglyphs } from './homoglyphs.ts';
export { repairMarkup } from './markup.ts';
export { repairPhraseStops } from './phrase-stops.ts';
export { repairQuotes } from './quotes.ts';
export { repairRepetition } from './repetition.ts';
export { repairSentences } from './sentences.ts';
export { repairSpelling } from './spelling.ts';
export { addSpin } from './spin.ts';
export { flagStrayCapitals } from './stray-capitals.ts';
export { repairUnicode } from './unicode.ts';
export { repairWhitespace } from './whitespace.ts';

// The recipe. Order matters where one repair reads another's output.
const PASSES: readonly CleanPass[] = [
  // Characters first: every later rule reads NFC text with Latin letters where Latin was meant.
  ({ text }) => ({ repairs: repairUnicode(text) }),
  ({ text, context }) => repairHomoglyphs(text, context.vocabulary),
  ({ text }) => ({ repairs: repairMarkup(text) }),
  // Credits before chrome: a credit line becomes metadata, not furniture.
  ({ text, article }) => repairCredits(text, article.credits),
  ({ text, context }) => ({ repairs: repairHeadline(text, context.gluedLabels, context.vocabulary) }),
  ({ text, article, context }) => ({ repairs: repairChrome(text, article, context) }),
  ({ text }) => repairRepetition(text),
  // Abbreviations before sentences: `U. S. officials` is closed up, not joined as a broken sentence.
  ({ text, context }) => repairAbbreviations(text, context.vocabulary, context.honorifics),
  ({ text }) => ({ repairs: repairSentences(text) }),
  ({ text, context }) => ({ repairs: repairPhraseStops(text, context.phrases) }),
  ({ text, context }) => ({ repairs: repairDebris(text, context.vocabulary) }),
  ({ text }) => repairQuotes(text),
  ({ text, context }) => repairSpelling(text, context),
  ({ text, context }) => ({ repairs: [], flags: flagStrayCapitals(text, context) }),
  // Last: removals above leave blank-line runs and end-of-text space behind.
  ({ text }) => ({ repairs: repairWhitespace(text) }),
];

const NO_SPIN: SpinReport = { score: 0, alignedSentences: 0, substitutions: [], alignedArticleIds: [] };

/**
 * Clean every article of a corpus. Corpus-level evidence (repeated chrome, name spellings, shared
 * wire copy) needs all articles at once.
 *
 * @example
 * const cleaned = cleanCorpus((await loadCorpus()).articles);
 * cleaned[0].edits; // every repair, indexing the raw body
 */
export function cleanCorpus(articles: readonly Article[]): CleanArticle[] {
  const context = buildCleanContext(articles);
  // Spin is judged on clean text: look-alike letters and chrome would break the alignment.
  return addSpin(articles.map((article) => cleanArticle(article, context)));
}

/**
 * Clean one article; without a context it is its own corpus.
 *
 * @example
 * const clean = cleanArticle(article);
 * revertEdits(clean.cleanText, clean.edits) === article.body; // true
 */
export function cleanArticle(article: Article, context: CleanContext = buildCleanContext([article])): CleanArticle {
  const { state, flags, credits, diagnostics } = runPasses(article, context, PASSES);
  const kept = state.text.trim().length / Math.max(1, article.body.trim().length);
  if (article.body.trim() !== '' && kept < 0.5) {
    diagnostics.push({
      stage: 'clean',
      rule: 'mostly-removed',
      severity: 'warning',
      articleId: article.id,
      message: `cleaning kept ${Math.round(100 * kept)}% of '${article.source}': most of it read as site furniture or credits`,
    });
  }
  return {
    article,
    title: contentLines(state.text)[0]?.text ?? '',
    cleanText: state.text,
    edits: state.edits,
    flags,
    credits,
    spin: NO_SPIN,
    editCounts: countEdits(state.edits),
    diagnostics,
  };
}
