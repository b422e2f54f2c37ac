import type { Flag, SpinReport } from '@parallax/core';
import { describe, expect, it } from 'vitest';
import { cleanFromPieces, sentencesOf } from '../../test/fixtures/build.ts';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { markText, type Segment } from './article-marks.ts';

const NO_SPIN: SpinReport = { score: 0, alignedSentences: 0, substitutions: [], alignedArticleIds: [] };

/** The visible text of the segments, which must always be the clean text itself. */
const textOf = (segments: readonly Segment[]) => segments.map((segment) => ('text' in segment ? segment.text : '')).join('');
const shape = (segments: readonly Segment[]) => segments.map((segment) => (segment.type === 'anchor' ? `#${segment.sentenceId}` : `${segment.type}:${segment.text}`));

describe('markText', () => {
  it('marks repairs and deletions at their clean spans and keeps the text whole', () => {
    const { cleanText, edits } = cleanFromPieces(['Kim ', { before: 'mееt', after: 'meet', kind: 'homoglyph', rule: 'mixed-script-token' }, 's.', { before: ' Share this!', after: '', kind: 'chrome', rule: 'share' }, ' Done.']);
    const { segments, notInline } = markText(cleanText, edits, [], NO_SPIN, []);
    expect(shape(segments)).toEqual(['text:Kim ', 'edit:meet', 'text:s.', 'edit:', 'text: Done.']);
    expect(textOf(segments)).toBe(cleanText);
    expect(notInline).toBe(0);
  });

  it('places an anchor at each sentence start, before a mark that covers it', () => {
    const { cleanText, edits } = cleanFromPieces(['One two. ', { before: 'Τhree', after: 'Three', kind: 'homoglyph', rule: 'mixed-script-token' }, ' four.']);
    const sentences = sentencesOf('a', cleanText, ['One two.', 'Three four.']);
    const { segments } = markText(cleanText, edits, [], NO_SPIN, sentences);
    expect(shape(segments)).toEqual(['#a#s0', 'text:One two. ', '#a#s1', 'edit:Three', 'text: four.']);
  });

  it('shows spin substitutions as flags unless a spin flag already covers them, and prefers edits on overlap', () => {
    const cleanText = 'It is imaginable that talks resume.';
    const at = cleanText.indexOf('imaginable');
    const spin: SpinReport = { score: 0.2, alignedSentences: 1, alignedArticleIds: ['b'], substitutions: [{ original: 'imaginable', common: 'possible', start: at, end: at + 10, alignedArticleId: 'b' }] };
    const flag: Flag = { kind: 'spin', rule: 'spin-substitution', start: at, end: at + 10, text: 'imaginable', message: 'spun', suggestion: 'possible' };
    expect(shape(markText(cleanText, [], [], spin, []).segments)).toEqual(['text:It is ', 'flag:imaginable', 'text: that talks resume.']);
    expect(markText(cleanText, [], [flag], spin, []).segments.filter((s) => s.type === 'flag')).toHaveLength(1);

    const edit = { kind: 'spelling' as const, rule: 'corpus-majority', start: at, end: at + 10, before: 'imaginible', after: 'imaginable', cleanStart: at, cleanEnd: at + 10, confidence: 0.9 };
    const { segments, notInline } = markText(cleanText, [edit], [flag], spin, []);
    expect(shape(segments)).toEqual(['text:It is ', 'edit:imaginable', 'text: that talks resume.']);
    expect(notInline).toBe(1);
  });

  it('counts findings whose span lies outside the text instead of throwing', () => {
    const flag: Flag = { kind: 'quote', rule: 'unbalanced', start: 5, end: 50, text: '', message: 'unbalanced quote' };
    const { segments, notInline } = markText('short', [], [flag], NO_SPIN, []);
    expect(textOf(segments)).toBe('short');
    expect(notInline).toBe(1);
  });

  it('reproduces every fixture article exactly', () => {
    for (const article of fullDigest.articles) {
      const { segments } = markText(article.cleanText, article.edits, article.flags, article.spin, article.sentences);
      expect(textOf(segments)).toBe(article.cleanText);
      expect(segments.filter((s) => s.type === 'anchor')).toHaveLength(article.sentences.length);
    }
  });
});
