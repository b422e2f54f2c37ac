import type { Edit, Flag } from '@parallax/core';
import { describe, expect, it } from 'vitest';
import { highlightEdits } from './highlight.ts';
import { EDITED, FLAGGED, REMOVED } from './styles.ts';

const edit = (fields: Partial<Edit>): Edit => ({ kind: 'homoglyph', rule: 'r', start: 0, end: 0, before: '', after: '', cleanStart: 0, cleanEnd: 0, confidence: 1, ...fields });

describe('highlightEdits', () => {
  const text = 'We meet today in the city.';

  it('returns the text unchanged as one segment when nothing was edited', () => {
    expect(highlightEdits(text, [], [])).toEqual([{ text }]);
  });

  it('highlights what a repair put in, marks removals and underlines flags', () => {
    const segments = highlightEdits(
      text,
      [edit({ before: 'mееt', after: 'meet', cleanStart: 3, cleanEnd: 7 }), edit({ kind: 'chrome', before: 'Share this\n', cleanStart: 0, cleanEnd: 0 })],
      [{ kind: 'spin', rule: 'r', start: 21, end: 25, text: 'city', message: 'm' } satisfies Flag],
    );
    expect(segments).toEqual([
      { text: '‸', style: REMOVED },
      { text: 'We ' },
      { text: 'meet', style: EDITED },
      { text: ' today in the ' },
      { text: 'city', style: FLAGGED },
      { text: '.' },
    ]);
    expect(segments.filter((segment) => segment.text !== '‸').map((segment) => segment.text).join('')).toBe(text);
  });

  it('does not mark removed whitespace or invisible characters', () => {
    const segments = highlightEdits(text, [edit({ kind: 'whitespace', before: '   ', cleanStart: 2, cleanEnd: 2 }), edit({ kind: 'unicode', before: '\u200B', cleanStart: 5, cleanEnd: 5 })], []);
    expect(segments).toEqual([{ text }]);
  });
});
