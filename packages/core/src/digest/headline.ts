import type { OutletSummary, SegmentedArticle } from '../model/index.ts';
import { contentStems, numberTokens } from './text.ts';

// A body sentence supports the headline when it carries this share of the headline's content words.
const SUPPORT_COVERAGE = 0.5;
const MAX_SUPPORTING = 3;

/**
 * Is the headline supported by its own body? Supported when some body sentence carries at least half
 * of the headline's content words and every number the headline gives appears in the body.
 *
 * @example
 * headlineSupport(article); // { text: 'Kim heads to Russia', supported: true, supportingSentenceIds: ['a#s2'] }
 */
export function headlineSupport(article: SegmentedArticle): OutletSummary['headline'] {
  const text = article.title.trim();
  const headline = new Set(contentStems(text));
  if (headline.size === 0) return { text, supported: false, supportingSentenceIds: [] };
  const body = article.sentences.filter((s) => !s.isHeading && s.text.trim() !== text);
  const scored = body
    .map((sentence) => {
      const stems = new Set(contentStems(sentence.text));
      let shared = 0;
      for (const stem of headline) if (stems.has(stem)) shared++;
      return { id: sentence.id, coverage: shared / headline.size, index: sentence.index };
    })
    .filter((s) => s.coverage >= SUPPORT_COVERAGE)
    .sort((a, b) => b.coverage - a.coverage || a.index - b.index)
    .slice(0, MAX_SUPPORTING);
  const bodyNumbers = new Set(body.flatMap((sentence) => numberTokens(sentence.text)));
  const numbersHold = numberTokens(text).every((number) => bodyNumbers.has(number));
  return { text, supported: scored.length > 0 && numbersHold, supportingSentenceIds: scored.map((s) => s.id) };
}
