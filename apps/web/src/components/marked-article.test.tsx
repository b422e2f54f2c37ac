import { describe, expect, it } from 'vitest';
import { articleOf, cleanFromPieces, sentencesOf } from '../../test/fixtures/build.ts';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { htmlOf } from '../../test/render.ts';
import { MarkedArticle } from './marked-article.tsx';

describe('MarkedArticle', () => {
  it('highlights a repair with its before and after, and a removal with what was removed', () => {
    const copy = fullDigest.articles.find((article) => article.id === 'a2-copy');
    if (!copy) throw new Error('fixture missing');
    const html = htmlOf(<MarkedArticle article={copy} />);
    expect(html).toMatch(/<mark class="edit edit--homoglyph" tabindex="0" aria-describedby="(tip-[^"]+)">officials<span role="tooltip" id="\1" class="tip">homoglyph \(mixed-script-token\): “оfficials” → “officials” \[о U\+043E → o U\+006F\]\. Cyrillic о inside a Latin word<\/span><\/mark>/);
    expect(html).toContain('removed “Share this article on social media⏎ ⏎ ”');
    expect(html).toContain('class="flag flag--spin"');
    expect(html).toContain('other outlets write “closed”');
    expect(html).toContain('id="s-a2-copy_s2"');
  });

  it('leaves whitespace and invisible-character repairs unhighlighted', () => {
    const { cleanText, edits } = cleanFromPieces(['One', { before: '  ', after: ' ', kind: 'whitespace', rule: 'space-run' }, 'two', { before: '\u200b', after: '', kind: 'unicode', rule: 'invisible' }, '.']);
    const article = articleOf({ id: 'w', outletId: 'o', title: '', cleanText, edits, sentences: sentencesOf('w', cleanText, ['One two.']) });
    const html = htmlOf(<MarkedArticle article={article} />);
    expect(html).not.toContain('<mark');
    expect(html.replace(/<[^>]+>|<!-- -->/g, '')).toBe('One two.');
  });
});
