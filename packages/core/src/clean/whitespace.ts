import type { Repair } from './edits.ts';

const CRLF_RE = /\r\n?/g;
const TRAILING_RE = /[ \t]+(?=\n)/g;
// Runs of spaces inside a line (not indentation, which lists use).
const INNER_RUN_RE = /(?<=\S)[ \t]{2,}(?=\S)/g;
const BLANK_RUN_RE = /\n(?:[ \t]*\n){2,}/g;
const LEADING_RE = /^\s+/;
const END_RE = /\s+$/;

/**
 * Whitespace repairs: line breaks to `\n`, trailing and doubled spaces, runs of blank lines,
 * leading space, and the end of the text (at most one final line break).
 *
 * @example
 * repairWhitespace('a  b \n\n\n\nc').map((r) => r.rule); // ['space-run', 'trailing-space', 'blank-line-run']
 */
export function repairWhitespace(text: string): Repair[] {
  const repairs: Repair[] = [];
  const add = (rule: string, start: number, before: string, after: string): void => {
    repairs.push({ kind: 'whitespace', rule, start, end: start + before.length, after, confidence: 1 });
  };
  for (const match of text.matchAll(CRLF_RE)) add('line-break', match.index ?? 0, match[0], '\n');
  if (repairs.length > 0) return repairs; // the other rules read `\n` breaks: next round
  const leading = LEADING_RE.exec(text);
  if (leading) add('leading-space', 0, leading[0], '');
  const end = END_RE.exec(text);
  const endAt = end && end.index > 0 ? end.index : text.length;
  for (const match of text.matchAll(INNER_RUN_RE)) add('space-run', match.index ?? 0, match[0], ' ');
  for (const match of text.matchAll(TRAILING_RE)) if ((match.index ?? 0) < endAt) add('trailing-space', match.index ?? 0, match[0], '');
  for (const match of text.matchAll(BLANK_RUN_RE)) if ((match.index ?? 0) < endAt) add('blank-line-run', match.index ?? 0, match[0], '\n\n');
  if (end && end.index > 0) {
    const after = end[0].includes('\n') ? '\n' : '';
    if (end[0] !== after) add('text-end', end.index, end[0], after);
  }
  return repairs;
}
