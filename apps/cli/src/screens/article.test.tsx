import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { press, renderScreen } from '../../test/fixtures/ink.tsx';
import { ArticleScreen } from './article.tsx';

describe('ArticleScreen', () => {
  it('shows the clean text with its integrity, marking where text was removed', () => {
    const frame = renderScreen(<ArticleScreen id="courier-1" />, fullDigest(), { width: 100, height: 40 }).lastFrame() ?? '';
    expect(frame).toContain('Riverside bridge to close for repairs');
    expect(frame).toContain('Valley Courier · courier-1.txt · 2024-03-01');
    expect(frame).toContain('Integrity: 2 edits (homoglyph 1 · chrome 1) · 0 flags · spin 0.00');
    expect(frame).toContain('Clean text');
    expect(frame).toContain('The Riverside bridge will close on Monday');
    expect(frame).toContain('‸');
  });

  it('switches to the list of edits with e, and back', async () => {
    const { lastFrame, stdin } = renderScreen(<ArticleScreen id="courier-1" />, fullDigest(), { width: 100, height: 40 });
    await press(stdin, 'e');
    expect(lastFrame()).toContain('Edits · 2');
    expect(lastFrame()).toMatch(/homoglyph\s+"brіdge" → "bridge"\s+mixed-script-token/);
    expect(lastFrame()).toContain("Cyrillic 'і' inside a Latin word");
    expect(lastFrame()).toMatch(/chrome\s+"Share this article\\n" → ""/);
    await press(stdin, 'e');
    expect(lastFrame()).toContain('Clean text');
  });

  it('lists flags and the spinner’s substitutions', async () => {
    const { lastFrame, stdin } = renderScreen(<ArticleScreen id="herald-1" />, fullDigest(), { width: 100, height: 40 });
    await press(stdin, 'e');
    expect(lastFrame()).toContain('No edits: the text was already clean.');
    expect(lastFrame()).toMatch(/spin\s+"stay"\s+other outlets write "remain" \(suggest "remain"\)/);
    expect(lastFrame()).toContain('stay where others write remain  (wire-1)');
  });

  it('names an unknown article', () => {
    expect(renderScreen(<ArticleScreen id="nope" />, fullDigest()).lastFrame()).toContain("No article with id 'nope'");
  });
});
