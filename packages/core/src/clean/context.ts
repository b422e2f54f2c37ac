import type { Article } from '../model/index.ts';
import { honorificsIn } from './abbreviations.ts';
import { gluedLabelOf } from './headline.ts';
import { toLatin } from './homoglyphs.ts';
import { buildLineIndex, type LineIndex } from './line-index.ts';
import { countPhrases, emptyPhraseCounts, type PhraseCounts } from './phrase-counts.ts';
import { contentLines, wordSpans } from './text-units.ts';

const LOOKALIKE_SCRIPT_RE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LATIN_RE = /\p{Script=Latin}/u;
const LATIN_ONLY_RE = /^[\p{Script=Latin}\p{M}'’-]+$/u;
const CAPITALISED_RE = /^\p{Lu}\p{Ll}/u;

/** Capitalised word forms across the corpus: how often, and in how many articles. */
export interface NameCount {
  count: number;
  articles: Set<string>;
}

/** Evidence from the whole corpus that single-article repairs read. */
export interface CleanContext {
  /** Latin word forms used anywhere in the corpus (look-alike letters read as Latin). */
  vocabulary: ReadonlySet<string>;
  /** Capitalised words by form: the frequencies that misspelt names are judged against. */
  names: ReadonlyMap<string, NameCount>;
  /** Lines by normalised text, for chrome repeated across articles. */
  lines: LineIndex;
  /** How many articles each outlet has in the corpus. */
  outletSizes: ReadonlyMap<string, number>;
  /** Honorific forms by surname across the corpus (`Kim` -> `Mr.`), for `M. Kim`. */
  honorifics: ReadonlyMap<string, string>;
  /** Capitalised prefixes glued to titles (`PoliticsKim…` -> `Politics`), by how many titles carry them. */
  gluedLabels: ReadonlyMap<string, number>;
  /** Phrases the corpus writes whole and words it ends sentences on, for stops inside phrases. */
  phrases: PhraseCounts;
  articleCount: number;
}

/**
 * Gather corpus evidence once, before any article is cleaned.
 *
 * @example
 * const context = buildCleanContext(corpus.articles);
 * const clean = cleanArticle(corpus.articles[0], context);
 */
export function buildCleanContext(articles: readonly Article[]): CleanContext {
  const vocabulary = new Set<string>();
  const names = new Map<string, NameCount>();
  const outletSizes = new Map<string, number>();
  const gluedLabels = new Map<string, number>();
  const honorifics = new Map<string, string>();
  const phrases = emptyPhraseCounts();
  for (const article of articles) {
    honorificsIn(article.body, honorifics);
    outletSizes.set(article.outletId, (outletSizes.get(article.outletId) ?? 0) + 1);
    const label = gluedLabelOf(contentLines(article.body)[0]?.text ?? '');
    if (label) gluedLabels.set(label, (gluedLabels.get(label) ?? 0) + 1);
    const words = wordSpans(article.body);
    countPhrases(article.body, words, phrases);
    for (const word of words) {
      // A word in brackets (`[und]`) may be debris: it is no evidence of the language.
      if (article.body[word.start - 1] === '[' && article.body[word.end] === ']') continue;
      // Only words that mix scripts are read as Latin: a wholly Cyrillic word is no evidence.
      const form = LOOKALIKE_SCRIPT_RE.test(word.text) && LATIN_RE.test(word.text) ? toLatin(word.text) : word.text;
      if (!form || !LATIN_ONLY_RE.test(form)) continue;
      vocabulary.add(form);
      if (!CAPITALISED_RE.test(form)) continue;
      const entry = names.get(form) ?? { count: 0, articles: new Set<string>() };
      entry.count += 1;
      entry.articles.add(article.id);
      names.set(form, entry);
    }
  }
  return { vocabulary, names, lines: buildLineIndex(articles), outletSizes, honorifics, gluedLabels, phrases, articleCount: articles.length };
}
