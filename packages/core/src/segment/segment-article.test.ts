import { describe, expect, it } from 'vitest';
import { ArticleSchema, SegmentedArticleSchema, type CleanArticle } from '../model/index.ts';
import { segmentArticle } from './index.ts';

function cleanArticle(cleanText: string, title = 'Storm batters coast'): CleanArticle {
  const article = ArticleSchema.parse({
    id: 'storm-1',
    outletId: 'coast-news',
    outlet: 'Coast News',
    title,
    body: cleanText,
    source: 'storm-1.txt',
    sourcePath: 'storm-1.txt',
    format: 'txt',
  });
  const spin = { score: 0, alignedSentences: 0, substitutions: [], alignedArticleIds: [] };
  return { article, title: article.title, cleanText, edits: [], flags: [], credits: [], spin, editCounts: {}, diagnostics: [] };
}

const TEXT = [
  'Storm batters coast',
  '',
  'Ferries were cancelled on Friday. The Met Office said winds reached 90 mph.',
  '',
  'What closed:',
  '- Ferries to the islands',
  '- two coastal roads',
  '',
  'Crews worked through the night in the',
  'worst-hit towns.',
].join('\n');

describe('segmentArticle', () => {
  const segmented = segmentArticle(cleanArticle(TEXT));
  const rows = segmented.sentences.map((s) => [s.id, s.text, s.paragraph, s.isHeading]);

  it('numbers sentences, paragraphs and marks headings', () => {
    expect(rows).toEqual([
      ['storm-1#s0', 'Storm batters coast', 0, true],
      ['storm-1#s1', 'Ferries were cancelled on Friday.', 1, false],
      ['storm-1#s2', 'The Met Office said winds reached 90 mph.', 1, false],
      ['storm-1#s3', 'What closed:', 2, true],
      ['storm-1#s4', '- Ferries to the islands', 2, true],
      ['storm-1#s5', '- two coastal roads', 2, false],
      ['storm-1#s6', 'Crews worked through the night in the\nworst-hit towns.', 3, false],
    ]);
  });

  it('marks every sentence of a headline that ends in a full stop', () => {
    const text = 'Storm hits. Ferries halted.\n\nCrews worked overnight.';
    const headings = segmentArticle(cleanArticle(text, 'Storm hits. Ferries halted.')).sentences.map((s) => s.isHeading);
    expect(headings).toEqual([true, true, false]);
  });

  it('keeps offsets into the clean text and passes the schema', () => {
    for (const sentence of segmented.sentences) expect(TEXT.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(SegmentedArticleSchema.safeParse(segmented).success).toBe(true);
  });
});
