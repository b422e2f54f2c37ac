import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';

const COMMENT_RE = /<!--.*?-->/g;
const BLOCK_TAG_RE = /<\/?(?:address|article|blockquote|caption|dd|details|div|dl|dt|h[1-6]|header|li|nav|ol|p|section|summary|table|tbody|td|th|thead|tr|ul)\b[^>]*>/g;
const TAG_RE = /<[^>]+>/g;
const ENTITIES: Record<string, string> = { '&#x27;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/**
 * Server-render an element and return its text as a reader gets it: block elements apart, inline
 * ones run on, entities decoded, whitespace collapsed.
 */
export function textOf(element: ReactElement): string {
  return renderToString(element)
    .replace(COMMENT_RE, '')
    .replace(BLOCK_TAG_RE, ' ')
    .replace(TAG_RE, '')
    .replace(/&#x27;|&quot;|&lt;|&gt;|&amp;/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

export { renderToString as htmlOf };
