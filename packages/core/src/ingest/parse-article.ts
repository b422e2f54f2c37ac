import { z } from 'zod';
import { ArticleReadError } from '../errors.ts';
import type { Article, ArticleFormat, Credit } from '../model/index.ts';
import { findCredits } from './detect-credits.ts';
import { inferPublishedDate } from './infer-date.ts';
import type { ManifestEntry } from './manifest.ts';
import { readHtmlArticle } from './read-html.ts';
import { slugify } from './slugify.ts';

export interface ArticleFile {
  /** The text, decoded. */
  text: string;
  /** The file name: `001_9011.txt`. */
  source: string;
  sourcePath: string;
  format: ArticleFormat;
  manifest?: ManifestEntry;
}

const JsonArticleSchema = z
  .object({
    id: z.string().optional(),
    title: z.string().optional(),
    headline: z.string().optional(),
    body: z.string().optional(),
    text: z.string().optional(),
    content: z.string().optional(),
    outlet: z.string().optional(),
    source: z.string().optional(),
    publisher: z.string().optional(),
    url: z.string().optional(),
    publishedAt: z.string().optional(),
    date: z.string().optional(),
    published: z.string().optional(),
  })
  .refine((a) => (a.body ?? a.text ?? a.content ?? '').trim() !== '', {
    message: "needs a non-empty 'body' (or 'text' or 'content') field",
  });
type JsonArticle = z.infer<typeof JsonArticleSchema>;

const ISO_DATE_PREFIX_RE = /^(\d{4}-\d{2}-\d{2})/;
const MD_HEADING_RE = /^#{1,6}\s+(.+?)\s*#*\s*$/;

/**
 * Turn one decoded file into articles (a JSON file may hold an array of them).
 * Throws `ArticleReadError` when the file's content cannot be an article.
 */
export function parseArticleFile(file: ArticleFile): Article[] {
  const id = file.source.replace(/\.[^.]+$/, '');
  switch (file.format) {
    case 'json':
      return parseJson(file, id);
    case 'html':
      return [parseHtml(file, id)];
    case 'md':
    case 'txt':
      return [textArticle(file, id, file.text, titleOfText(file.text, file.format))];
  }
}

function parseJson(file: ArticleFile, id: string): Article[] {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (cause) {
    throw new ArticleReadError(file.source, `not valid JSON (${(cause as Error).message})`, { cause });
  }
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) throw new ArticleReadError(file.source, 'the JSON array holds no article');
  return items.map((item, index) => {
    const parsed = JsonArticleSchema.safeParse(item);
    if (!parsed.success) {
      const where = Array.isArray(data) ? ` (item ${index})` : '';
      const problem = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'article'}: ${issue.message}`).join('; ');
      throw new ArticleReadError(file.source, `not an article${where}: ${problem}`);
    }
    const itemId = parsed.data.id ? slugify(parsed.data.id) : Array.isArray(data) ? `${id}-${index + 1}` : id;
    return jsonArticle(file, itemId, parsed.data);
  });
}

function jsonArticle(file: ArticleFile, id: string, json: JsonArticle): Article {
  const body = json.body ?? json.text ?? json.content ?? '';
  const title = (json.title ?? json.headline ?? titleOfText(body, 'txt')).trim();
  // The title field is part of what the user gave: keep it in the body so nothing is lost.
  const text = json.title ?? json.headline ? `${title}\n\n${body}` : body;
  const article = textArticle(file, id, text, title, json.outlet ?? json.publisher ?? json.source);
  const url = file.manifest?.url ?? json.url;
  if (url) article.url = url;
  const date = isoDate(json.publishedAt ?? json.date ?? json.published);
  if (date && !file.manifest?.publishedAt) setDate(article, date, 'metadata');
  return article;
}

function parseHtml(file: ArticleFile, id: string): Article {
  const html = readHtmlArticle(file.text);
  if (!html) throw new ArticleReadError(file.source, 'no article text found in the HTML page');
  const text = html.title && !html.text.startsWith(html.title) ? `${html.title}\n\n${html.text}` : html.text;
  const article = textArticle(file, id, text, html.title || titleOfText(html.text, 'txt'), html.siteName);
  const url = file.manifest?.url ?? html.url;
  if (url) article.url = url;
  if (html.publishedAt && !file.manifest?.publishedAt) setDate(article, html.publishedAt, 'metadata');
  if (html.byline) article.credits.push({ kind: 'reporter', name: html.byline, text: html.byline });
  return article;
}

function textArticle(file: ArticleFile, id: string, body: string, title: string, outletHint?: string): Article {
  const found = findCredits(body);
  const credits: Credit[] = found.map((finding) => finding.credit);
  const publisher = found.find((finding) => finding.credit.kind === 'publisher');
  const outlet = (file.manifest?.outlet ?? outletHint ?? publisher?.credit.name ?? id).trim();
  const article: Article = {
    id,
    outletId: slugify(outlet),
    outlet,
    title,
    body,
    source: file.source,
    sourcePath: file.sourcePath,
    format: file.format,
    credits,
  };
  if (file.manifest?.url) article.url = file.manifest.url;
  // The manifest outranks the file's own metadata, which outranks a date line read from the text.
  const inferred = inferPublishedDate(body);
  if (file.manifest?.publishedAt) setDate(article, file.manifest.publishedAt, 'manifest');
  else if (inferred) setDate(article, inferred, 'text');
  return article;
}

function setDate(article: Article, date: string, source: NonNullable<Article['publishedAtSource']>): void {
  article.publishedAt = date;
  article.publishedAtSource = source;
}

/** The headline: a Markdown heading, else the first non-empty line. */
function titleOfText(text: string, format: ArticleFormat): string {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (format === 'md') return (MD_HEADING_RE.exec(trimmed)?.[1] ?? trimmed).trim();
    return trimmed;
  }
  return '';
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const prefix = ISO_DATE_PREFIX_RE.exec(value.trim())?.[1];
  if (prefix) return prefix;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}
