import type { Repair } from './edits.ts';

const HEADING_RE = /^(#{1,6})[ \t]+(?=\S)/gm;
const HEADING_TAIL_RE = /[ \t]+#{1,6}[ \t]*$/gm;
const STRONG_RE = /(\*\*|__)(?=\S)([^*_\n]{1,200}?)(?<=\S)\1/g;
const LINK_RE = /\[([^\]\n]{1,200})\]\((?:https?:\/\/|\/)[^)\s]*\)/g;
const TAG_RE = /<\/?(?:p|br|div|span|b|i|em|strong|a|u|small|figure|figcaption|h[1-6])(?:\s[^<>]{0,300})?\s*\/?>/gi;
const ENTITY_RE = /&(?:amp|lt|gt|quot|apos|nbsp|#\d{2,5}|#x[0-9a-f]{2,4});/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
// A list marker on the headline line only: in the body, lists are content.
const TITLE_BULLET_RE = /^[ \t]*[-*•][ \t]+/;

/**
 * Markdown and HTML left in the text: heading marks, bold marks, links, tags, entities, and a bullet
 * before the headline. `'## Title'` -> `'Title'`, `'[text](https://x.y)'` -> `'text'`.
 *
 * @example
 * repairMarkup('**Kim** &amp; Putin').map((r) => r.after); // ['Kim', '&']
 */
export function repairMarkup(text: string): Repair[] {
  const repairs: Repair[] = [];
  const add = (rule: string, start: number, before: string, after: string): void => {
    repairs.push({ kind: 'markup', rule, start, end: start + before.length, after, confidence: 0.95 });
  };
  for (const m of text.matchAll(HEADING_RE)) add('heading-mark', m.index ?? 0, m[0], '');
  for (const m of text.matchAll(HEADING_TAIL_RE)) if (isHeadingLine(text, m.index ?? 0)) add('heading-mark', m.index ?? 0, m[0], '');
  for (const m of text.matchAll(STRONG_RE)) add('emphasis', m.index ?? 0, m[0], m[2] ?? '');
  for (const m of text.matchAll(LINK_RE)) add('link', m.index ?? 0, m[0], m[1] ?? '');
  for (const m of text.matchAll(TAG_RE)) add('html-tag', m.index ?? 0, m[0], '');
  for (const m of text.matchAll(ENTITY_RE)) add('html-entity', m.index ?? 0, m[0], decodeEntity(m[0]));
  const bullet = TITLE_BULLET_RE.exec(text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')));
  if (bullet) add('title-bullet', 0, bullet[0], '');
  return repairs;
}

function isHeadingLine(text: string, at: number): boolean {
  return /^#{1,6}[ \t]/.test(text.slice(text.lastIndexOf('\n', at) + 1));
}

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1).toLowerCase();
  if (!name.startsWith('#')) return NAMED_ENTITIES[name] ?? entity;
  const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
  // Control characters and lone surrogates are no repair: keep the entity as written.
  return code < 0x20 || (code >= 0xd800 && code <= 0xdfff) ? entity : String.fromCodePoint(code);
}
