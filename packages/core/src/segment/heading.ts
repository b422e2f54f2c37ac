import { CONTINUATION_WORDS } from './lexicon.ts';
import { lineAt, type Line } from './lines.ts';
import type { SentenceSpan } from './spans.ts';

const TERMINAL_END_RE = /[.!?…][)"'”’\]}»]*$/u;
const LIST_PREFIX_RE = /^(?:[•◦▪●○■‣⁃∙·*–—-]\s*)?(?:(?:\d{1,3}|[a-z])(?:\.\)?|\))\s+)?/u;
const TITLE_START_RE = /^[("'“‘]*[\p{Lu}\p{N}]/u;
const OPEN_END_RE = /[,;&(\-–—]$/u;
const LAST_WORD_RE = /(\p{L}+)\W*$/u;
const MAX_HEADING_WORDS = 20;

/**
 * True for a headline, a section title or a list heading: a whole line without terminal punctuation
 * that starts like a title (`Kim with weapons`, `Key points:`), not a lowercase list item or a line
 * cut off mid-sentence.
 *
 * @example
 * isHeading({ text: 'Putin & Kim', start: 0, end: 11 }, readLines('Putin & Kim')) // true
 */
export function isHeading(span: SentenceSpan, lines: readonly Line[]): boolean {
  if (lineAt(lines, span.start)?.text !== span.text) return false;
  if (span.text.endsWith(':')) return true;
  if (TERMINAL_END_RE.test(span.text) || OPEN_END_RE.test(span.text)) return false;
  const body = span.text.replace(LIST_PREFIX_RE, '');
  if (!TITLE_START_RE.test(body) || body.split(/\s+/u).length > MAX_HEADING_WORDS) return false;
  const lastWord = LAST_WORD_RE.exec(body)?.[1] ?? '';
  return !CONTINUATION_WORDS.has(lastWord.toLowerCase());
}
