import type { CleanArticle, Edit } from '@parallax/core';
import { describe, expect, it } from 'vitest';
import { articleHeading, formatEdit, formatEditList, formatReport } from './clean-text.ts';

const homoglyph: Edit = { kind: 'homoglyph', rule: 'mixed-script-token', start: 21, end: 25, before: 'sаil', after: 'sail', cleanStart: 21, cleanEnd: 25, confidence: 1, evidence: "Cyrillic 'а'" };
const chrome: Edit = { kind: 'chrome', rule: 'share-prompt', start: 27, end: 38, before: 'Share this\n', after: '', cleanStart: 27, cleanEnd: 27, confidence: 0.9 };

const clean: CleanArticle = {
  article: { id: 'ferry', outletId: 'o', outlet: 'O', title: 'Ferries return', body: 'Ferries return\n\nThey sаil.\nShare this\n', source: 'ferry.txt', sourcePath: 'ferry.txt', format: 'txt', credits: [] },
  title: 'Ferries return',
  cleanText: 'Ferries return\n\nThey sail.\n',
  edits: [homoglyph, chrome],
  flags: [{ kind: 'spin', rule: 'aligned-substitution', start: 16, end: 20, text: 'They', message: 'others write "Ferries"' }],
  credits: [{ kind: 'wire', name: 'Reuters', text: 'Reuters contributed' }],
  spin: { score: 0.25, alignedSentences: 1, substitutions: [], alignedArticleIds: [] },
  editCounts: { homoglyph: 1, chrome: 1 },
  diagnostics: [],
};

describe('clean text formatting', () => {
  it('writes an edit as kind, span, quoted before -> after, rule and evidence', () => {
    expect(formatEdit(homoglyph)).toBe(`homoglyph     21-25       "sаil" -> "sail"  (mixed-script-token; Cyrillic 'а')`);
    expect(formatEdit(chrome)).toBe('chrome        27-38       "Share this\\n" -> ""  (share-prompt)');
  });

  it('reports edits by kind, flags, spin and credits', () => {
    expect(formatReport(clean)).toBe(['  2 edits: homoglyph 1, chrome 1', '  1 flag · spin 0.25 (0 substitutions)', '  credit: wire Reuters'].join('\n'));
  });

  it('lists edits, then flags, then the report', () => {
    const lines = formatEditList(clean).split('\n');
    expect(lines[0]).toMatch(/^homoglyph/);
    expect(lines[2]).toBe('flag spin     16-20  "They"  others write "Ferries"');
    expect(lines.at(-3)).toBe('  2 edits: homoglyph 1, chrome 1');
    expect(articleHeading(clean)).toBe('== ferry.txt: Ferries return');
  });

  it('says so when the text needed no edit', () => {
    expect(formatEditList({ ...clean, edits: [], flags: [], credits: [], editCounts: {} })).toBe(
      ['(no edits: the text was already clean)', '  0 edits', '  0 flags · spin 0.25 (0 substitutions)'].join('\n'),
    );
  });
});
