const UNSAFE_ID_RE = /[^A-Za-z0-9_-]/g;

/**
 * The DOM id of a sentence in the article view, safe in a URL fragment.
 *
 * @example
 * sentenceAnchor('001_9f#s4') // 's-001_9f_s4'
 */
export function sentenceAnchor(sentenceId: string): string {
  return `s-${sentenceId.replace(UNSAFE_ID_RE, '_')}`;
}

/** A cluster's receipts page. */
export function clusterHref(clusterId: string): string {
  return `/clusters/${encodeURIComponent(clusterId)}`;
}

export function outletHref(outletId: string): string {
  return `/outlets/${encodeURIComponent(outletId)}`;
}

/** An article, optionally scrolled to one of its sentences. */
export function articleHref(articleId: string, sentenceId?: string): string {
  const base = `/articles/${encodeURIComponent(articleId)}`;
  return sentenceId ? `${base}#${sentenceAnchor(sentenceId)}` : base;
}

/** The DOM id of a conflict on the digest page. */
export function conflictAnchor(conflictId: string): string {
  return `conflict-${conflictId.replace(UNSAFE_ID_RE, '_')}`;
}

/**
 * A route parameter as the user typed it. Next hands some parameters over still percent-encoded;
 * decoding twice is harmless for ids without `%`, and a malformed escape is kept as written.
 *
 * @example
 * routeParam('c%201') // 'c 1'
 */
export function routeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
