import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './index.ts';

// Pieces that stress the rules: abbreviations, spaced initials, ellipses, quotes, list markers, newlines.
const PIECES = [
  'Mr.', 'U.', 'S.', 'U.S.', 'p. m.', 'e.g.', 'Inc.', 'St.', '.', '. . .', '...', '…', '!', '?', '?!',
  '"', '“', '”', '‘', '’', '(', ')', '[y]', '•', '-', '1.', '2.)', 'a.', 'b)', '3.14', '$1.5bn', 'x.Y',
  'a@b.com.', 'word', 'Word', 'The', 'I', 'said.', ':', ',', '—', ' ', ' ', ' ', '\n', '\n\n', '\t', '\u00a0', '\r\n',
];
const piece = fc.oneof({ arbitrary: fc.constantFrom(...PIECES), weight: 5 }, { arbitrary: fc.string({ maxLength: 4 }), weight: 1 });
const newsLike = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
// The same pieces as whitespace-separated tokens, the shape of real copy.
const tokenLike = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '')), { maxLength: 30 })
  .map((pairs) => pairs.flat().join(''));
const anyText = fc.oneof(newsLike, tokenLike, fc.string({ unit: 'binary', maxLength: 80 }));

describe('splitSentences (property)', () => {
  it('returns trimmed, ordered, non-overlapping slices that cover all non-whitespace text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const spans = splitSentences(text);
        let previousEnd = 0;
        const covered = new Array<boolean>(text.length).fill(false);
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(text.slice(span.start, span.end)).toBe(span.text);
          expect(span.text.trim()).toBe(span.text);
          covered.fill(true, span.start, span.end);
          previousEnd = span.end;
        }
        for (let i = 0; i < text.length; i++) if (!/\s/u.test(text.charAt(i))) expect(covered[i]).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        expect(splitSentences(text)).toEqual(splitSentences(text));
      }),
    );
  });
});
