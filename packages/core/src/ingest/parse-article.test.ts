import { describe, expect, it } from 'vitest';
import { isArticleReadError } from '../errors.ts';
import { ArticleSchema } from '../model/index.ts';
import { parseArticleFile, type ArticleFile } from './parse-article.ts';

const file = (source: string, text: string, format: ArticleFile['format']): ArticleFile => ({ text, source, sourcePath: `/tmp/${source}`, format });

describe('parseArticleFile', () => {
  it('takes a text file whole, the first line as title and the file name as id', () => {
    const [article] = parseArticleFile(file('flood-01.txt', '\nRiver bursts its banks\n\nThe river rose 2 metres.\n', 'txt'));
    expect(article).toMatchObject({ id: 'flood-01', title: 'River bursts its banks', body: '\nRiver bursts its banks\n\nThe river rose 2 metres.\n', source: 'flood-01.txt', format: 'txt' });
    expect(ArticleSchema.safeParse(article).success).toBe(true);
  });

  it('reads a Markdown heading as the title', () => {
    const [article] = parseArticleFile(file('a.md', '## Storm closes port ##\n\nShips were held.', 'md'));
    expect(article?.title).toBe('Storm closes port');
  });

  it('names the outlet from a publisher footer with its own address', () => {
    const text = 'Bridge reopens\n\nThe bridge reopened on Friday.\n\nHarbour Herald\nHarbour Heraldhttps://harbourherald.example.com\n';
    const [article] = parseArticleFile(file('b.txt', text, 'txt'));
    expect(article).toMatchObject({ outlet: 'Harbour Herald', outletId: 'harbour-herald' });
    expect(article?.credits).toContainEqual(expect.objectContaining({ kind: 'publisher', name: 'Harbour Herald' }));
  });

  it('lets the manifest name the outlet and date', () => {
    const [article] = parseArticleFile({ ...file('c.txt', 'Title\n\nBody.', 'txt'), manifest: { file: 'c.txt', outlet: 'The Courier', publishedAt: '2024-02-03' } });
    expect(article).toMatchObject({ outlet: 'The Courier', outletId: 'the-courier', publishedAt: '2024-02-03' });
  });

  it('reads the publication date from a date line when nothing else gives one', () => {
    const [article] = parseArticleFile(file('d.txt', 'Dam holds\nPublished: 5 March 2024\n\nThe dam held on Monday.', 'txt'));
    expect(article).toMatchObject({ publishedAt: '2024-03-05', publishedAtSource: 'text' });
  });

  it('prefers the manifest date to a date line, and says which it used', () => {
    const text = 'Dam holds\nPublished: 5 March 2024\n\nThe dam held.';
    const [article] = parseArticleFile({ ...file('d.txt', text, 'txt'), manifest: { file: 'd.txt', publishedAt: '2024-03-06' } });
    expect(article).toMatchObject({ publishedAt: '2024-03-06', publishedAtSource: 'manifest' });
  });

  it('leaves the date unset when the text gives none', () => {
    const [article] = parseArticleFile(file('e.txt', 'Title\n\nThe vote is on 5 November 2024.', 'txt'));
    expect(article?.publishedAt).toBeUndefined();
  });

  it('reads a JSON article, keeping its title in the body so nothing is lost', () => {
    const json = JSON.stringify({ title: 'Markets fall', body: 'Shares fell 3% on Monday.', outlet: 'Wire One', publishedAt: '2024-05-06T10:00:00Z', url: 'https://example.com/a' });
    const [article] = parseArticleFile(file('m.json', json, 'json'));
    expect(article).toMatchObject({ id: 'm', title: 'Markets fall', body: 'Markets fall\n\nShares fell 3% on Monday.', outlet: 'Wire One', publishedAt: '2024-05-06', publishedAtSource: 'metadata', url: 'https://example.com/a' });
  });

  it('reads a JSON array as several articles', () => {
    const json = JSON.stringify([{ text: 'One.\nMore.' }, { content: 'Two.' }]);
    expect(parseArticleFile(file('many.json', json, 'json')).map((a) => a.id)).toEqual(['many-1', 'many-2']);
  });

  const badJson = [
    ['malformed JSON', '{"title": ', /cannot read article 'bad.json': not valid JSON/],
    ['no body', '{"title": "Only a title"}', /cannot read article 'bad.json': not an article: .*needs a non-empty 'body'/],
    ['an empty array', '[]', /cannot read article 'bad.json': the JSON array holds no article/],
    ['a bad item in an array', '[{"body": "ok"}, {"body": 3}]', /not an article \(item 1\)/],
  ] as const;

  it.each(badJson)('refuses %s with a message naming the file', (_name, text, message) => {
    try {
      parseArticleFile(file('bad.json', text, 'json'));
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(isArticleReadError(error)).toBe(true);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('extracts the article from a saved HTML page with Readability', () => {
    const paragraph = 'The council voted on Tuesday to close the old bridge for repairs that will last six months, officials said.';
    const html = `<!doctype html><html><head><title>Bridge to close | Town Crier</title>
      <meta property="og:site_name" content="Town Crier"><meta property="article:published_time" content="2024-03-05T08:00:00Z"></head>
      <body><nav><a href="/">Home</a><a href="/news">News</a></nav>
      <article><h1>Bridge to close for six months</h1><p>${paragraph}</p><p>${paragraph.replace('Tuesday', 'Monday')}</p><p>${paragraph.replace('six', 'seven')}</p></article>
      <footer>Copyright Town Crier</footer></body></html>`;
    const [article] = parseArticleFile(file('bridge.html', html, 'html'));
    expect(article?.outlet).toBe('Town Crier');
    expect(article?.publishedAt).toBe('2024-03-05');
    expect(article?.body).toContain(paragraph);
    expect(article?.body).not.toContain('Home');
    expect(article?.body.split('\n\n').length).toBeGreaterThanOrEqual(3);
  });

  it('refuses an HTML page with no article text', () => {
    expect(() => parseArticleFile(file('empty.html', '<html><body></body></html>', 'html'))).toThrow(/no article text found/);
  });
});
