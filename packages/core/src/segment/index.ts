import type { CleanArticle, SegmentedArticle, Sentence } from '../model/index.ts';

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const BOUNDARY_RE = /[^.!?\n]+(?:[.!?]+["'”’)]*|\n|$)/g;

/** Split text into sentence spans. `text.slice(start, end) === text` for each. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const match of text.matchAll(BOUNDARY_RE)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = (match.index ?? 0) + lead;
    spans.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return spans;
}

/** Split a clean article into sentences with ids, paragraphs and heading marks. */
export function segmentArticle(article: CleanArticle): SegmentedArticle {
  const sentences: Sentence[] = splitSentences(article.cleanText).map((span, index) => ({
    id: `${article.article.id}#s${index}`,
    index,
    text: span.text,
    start: span.start,
    end: span.end,
    paragraph: article.cleanText.slice(0, span.start).split(/\n\s*\n/).length - 1,
    isHeading: !/[.!?]["'”’)]*$/.test(span.text),
  }));
  return { ...article, sentences };
}
