import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  title: string;
  /** Paragraph text, one paragraph per block, blank lines between. */
  text: string;
  siteName?: string;
  url?: string;
  publishedAt?: string;
  byline?: string;
}

/** The slice of the DOM this module walks; linkedom's nodes satisfy it. */
interface BlockNode {
  tagName: string;
  children: ArrayLike<BlockNode>;
  textContent: string | null;
}

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TR', 'DT', 'DD']);

/**
 * Extract the article from a saved HTML page with Mozilla Readability over a linkedom DOM.
 * Returns null when Readability finds no article.
 */
export function readHtmlArticle(html: string): HtmlArticle | null {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const siteName = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const url = meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const published = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]');
  // Readability mutates the document it is given; it is ours alone here.
  const parsed = new Readability(document as never, { keepClasses: false }).parse();
  if (!parsed?.content) return null;
  const { document: contentDoc } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const text = blockText(contentDoc.body as unknown as BlockNode);
  if (text.trim() === '') return null;
  const result: HtmlArticle = { title: (parsed.title ?? '').trim(), text };
  const site = parsed.siteName?.trim() || siteName;
  if (site) result.siteName = site;
  if (url) result.url = url;
  const date = published?.slice(0, 10);
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) result.publishedAt = date;
  if (parsed.byline?.trim()) result.byline = parsed.byline.trim();
  return result;
}

/** Text of block elements, one per paragraph, so sentence and paragraph structure survive. */
function blockText(root: BlockNode): string {
  const blocks: string[] = [];
  const walk = (node: BlockNode) => {
    for (const child of Array.from(node.children)) {
      if (BLOCK_TAGS.has(child.tagName)) {
        const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) blocks.push(text);
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  if (blocks.length === 0) return (root.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
  return blocks.join('\n\n');
}
