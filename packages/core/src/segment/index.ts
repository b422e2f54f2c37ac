// Why our own rules rather than sbd with repairs around it: sbd returns re-joined strings, not offsets
// (and drops the stop when it splits `world.Today`), and it keeps a sentence open whenever the word
// before a full stop is short and capitalised or three of the next five words are capitalised: the
// shape of news prose (`He met Kim. The talks went well.` stays one sentence). Repairing that means
// re-deciding every stop sbd declined, i.e. a whole boundary classifier, so these rules decide alone;
// `pnpm bench segment` keeps sbd's golden-rule pass rate and speed beside ours.
import type { CleanArticle, SegmentedArticle, Sentence } from '../model/index.ts';
import { findSentenceEnds } from './boundaries.ts';
import { readGaps } from './gaps.ts';
import { isHeading } from './heading.ts';
import { lineAt, readLines, type Line } from './lines.ts';
import { toSpans, type SentenceSpan } from './spans.ts';
import { tokenize } from './tokens.ts';

export type { SentenceSpan } from './spans.ts';

/**
 * Split text, clean or messy, into sentence spans: in order, non-overlapping, trimmed, and
 * `text === input.slice(start, end)` for each.
 *
 * @example
 * splitSentences('The U. S. President spoke at 7 p. m. on Monday. He left.').map((s) => s.text)
 * // ['The U. S. President spoke at 7 p. m. on Monday.', 'He left.']
 */
export function splitSentences(text: string): SentenceSpan[] {
  return splitWithLines(text, readLines(text));
}

/**
 * Split a clean article into sentences with ids, paragraph numbers and heading marks.
 *
 * @example
 * segmentArticle(cleaned).sentences[0] // { id: 'bbc-1#s0', index: 0, text: 'Ad sales boost…', isHeading: true, … }
 */
export function segmentArticle(article: CleanArticle): SegmentedArticle {
  const lines = readLines(article.cleanText);
  const titleLine = findTitleLine(lines, [article.title, article.article.title]);
  const sentences: Sentence[] = splitWithLines(article.cleanText, lines).map((span, index) => ({
    id: `${article.article.id}#s${index}`,
    index,
    ...span,
    paragraph: blockAt(lines, span.start),
    // The headline is a heading even when it ends in a full stop: `An arms deal? Talks loom.`
    isHeading: (titleLine !== undefined && span.end <= titleLine.end) || isHeading(span, lines),
  }));
  return { ...article, sentences };
}

function splitWithLines(text: string, lines: readonly Line[]): SentenceSpan[] {
  const tokens = tokenize(text);
  // Newlines first: blank lines, headlines and list lines are boundaries before any full stop is read.
  const gaps = readGaps(tokens, lines);
  return toSpans(text, findSentenceEnds(tokens, gaps));
}

// The first non-blank line, when it is the article's title.
function findTitleLine(lines: readonly Line[], titles: readonly string[]): Line | undefined {
  const first = lines.find((line) => line.text);
  return first && titles.some((title) => title.trim() === first.text) ? first : undefined;
}

function blockAt(lines: readonly Line[], offset: number): number {
  return Math.max(0, lineAt(lines, offset)?.block ?? 0);
}
