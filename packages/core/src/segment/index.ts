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
  const sentences: Sentence[] = splitWithLines(article.cleanText, lines).map((span, index) => ({
    id: `${article.article.id}#s${index}`,
    index,
    ...span,
    paragraph: blockAt(lines, span.start),
    isHeading: isHeading(span, lines),
  }));
  return { ...article, sentences };
}

function splitWithLines(text: string, lines: readonly Line[]): SentenceSpan[] {
  const tokens = tokenize(text);
  // Newlines first: blank lines, headlines and list lines are boundaries before any full stop is read.
  const gaps = readGaps(tokens, lines);
  return toSpans(text, findSentenceEnds(tokens, gaps));
}

function blockAt(lines: readonly Line[], offset: number): number {
  return Math.max(0, lineAt(lines, offset)?.block ?? 0);
}
