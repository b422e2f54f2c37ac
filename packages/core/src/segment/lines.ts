// Lines and blocks (runs of non-blank lines), and what each single newline inside a block means.
import { CONTINUATION_WORDS } from './lexicon.ts';

const TERMINAL_END_RE = /[.!?…][)"'”’\]}»]*$/u;
const CONTINUES_RE = /[,;(\-–—/&]$/u;
const LAST_WORD_RE = /(\p{L}+)\W*$/u;
const LOWER_START_RE = /^[("'“‘]*\p{Ll}/u;
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 120;
const WRAP_FILL = 0.7;
// A bullet, or a list number/letter before an item: `- Item`, `• Item`, `2. Item`, `b) Item`, `⁃9. Item`.
const LIST_LINE_RE = /^(?:[•◦▪●○■‣⁃∙·*–—-](?=\s|\d)|(?:\d{1,3}|[a-z])(?:\.\)?|\))(?=\s))/u;

/** A newline inside a block: a sentence boundary, a plain space (wrapped text), or a full stop's line end. */
export type LineBreak = 'boundary' | 'space' | 'after-stop';

export interface Line {
  start: number;
  end: number;
  /** The line without surrounding whitespace; empty for a blank line. */
  text: string;
  /** Index of the block (run of non-blank lines) the line belongs to; -1 for a blank line. */
  block: number;
  /** What the newline after this line means when the next line is in the same block. */
  breakAfter: LineBreak;
  /** True when the block looks hard-wrapped at a fixed width, so its newlines carry no meaning. */
  wrapped: boolean;
}

/** Split text into lines, group them into blocks and read each newline inside a block. */
export function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = -1;
  let previousBlank = true;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const trimmed = text.slice(start, end).trim();
    if (trimmed && previousBlank) block++;
    previousBlank = !trimmed;
    lines.push({ start, end, text: trimmed, block: trimmed ? block : -1, breakAfter: 'boundary', wrapped: false });
    start = end + 1;
  }
  for (const members of groupBlocks(lines)) readBlock(members);
  return lines;
}

/** True for a line that opens a list item: a bullet or an item number or letter. */
export const isListLine = (line: string): boolean => LIST_LINE_RE.test(line);

function groupBlocks(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  for (const line of lines) if (line.block >= 0) (blocks[line.block] ??= []).push(line);
  return blocks;
}

function readBlock(members: Line[]): void {
  // `features / contact manager / events`: short lines with no full stop anywhere are one item each.
  const isLineList = members.length > 1 && !members.some((line) => TERMINAL_END_RE.test(line.text));
  const wrapped = isHardWrapped(members);
  members.forEach((line, i) => {
    line.wrapped = wrapped;
    const next = members[i + 1];
    if (next) line.breakAfter = isLineList ? 'boundary' : readBreak(line.text, next.text, wrapped);
  });
}

function readBreak(line: string, next: string, wrapped: boolean): LineBreak {
  if (isListLine(next)) return 'boundary';
  if (TERMINAL_END_RE.test(line)) return 'after-stop';
  if (line.endsWith(':')) return 'boundary';
  // `It was a cold / night in the city.`: a lowercase line continues the sentence.
  if (LOWER_START_RE.test(next) || CONTINUES_RE.test(line)) return 'space';
  const lastWord = LAST_WORD_RE.exec(line)?.[1];
  if (lastWord && CONTINUATION_WORDS.has(lastWord)) return 'space';
  if (isListLine(line)) return 'boundary';
  // Otherwise a line without a full stop is a headline or a list item, unless the block is wrapped.
  return wrapped ? 'space' : 'boundary';
}

// Every line but the last fills most of a typical column (40–120 characters): text wrapped at a fixed width.
function isHardWrapped(members: Line[]): boolean {
  if (members.length < 3) return false;
  const width = Math.max(...members.map((line) => line.text.length));
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return false;
  return members.slice(0, -1).every((line) => line.text.length >= WRAP_FILL * width);
}

/** The line holding `offset` (lines are in text order). */
export function lineAt(lines: readonly Line[], offset: number): Line | undefined {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((lines[middle]?.end ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return lines[low];
}
