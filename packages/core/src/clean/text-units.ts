/** One line of a text, without its line break. */
export interface LineSpan {
  text: string;
  start: number;
  end: number;
  /** The index of the line among all lines, blank ones included. */
  index: number;
}

/**
 * The last result for the last whole text: passes read the same text one after another, so each
 * split is made once per text. Single lines (no break) are cheap and would only evict it. Results
 * are frozen: a caller that mutated one would corrupt the next.
 */
function memo<T>(compute: (text: string) => T[]): (text: string) => T[] {
  let last: { text: string; value: T[] } | undefined;
  return (text) => {
    if (!text.includes('\n')) return compute(text);
    if (last?.text !== text) last = { text, value: Object.freeze(compute(text)) as T[] };
    return last.value;
  };
}

/** Every line of `text` with its span. `'a\nb'` -> `[{ text: 'a', start: 0, end: 1 }, { text: 'b', start: 2, end: 3 }]`. */
export const lineSpans = memo(splitLines);

function splitLines(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = 0;
  let index = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, start, end: start + line.length, index });
    start += line.length + 1;
    index += 1;
  }
  return lines;
}

/** The non-blank lines, trimmed, with spans of the trimmed text. */
export const contentLines = memo(splitContentLines);

function splitContentLines(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  for (const line of lineSpans(text)) {
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    const start = line.start + (line.text.length - line.text.trimStart().length);
    lines.push({ text: trimmed, start, end: start + trimmed.length, index: line.index });
  }
  return lines;
}

/**
 * The span that removes a whole line with the blank lines after it, so no blank run is left behind.
 * The last line keeps the break before it: `'a\n\nb\n\nc'` removing `b` -> `'a\n\nc'`.
 */
export function lineRemovalSpan(text: string, line: { start: number; end: number }): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', line.start - 1) + 1;
  const next = text.slice(line.end).search(/\S/);
  if (next !== -1) return { start: lineStart, end: text.lastIndexOf('\n', line.end + next) + 1 };
  const breakAt = text.indexOf('\n', line.end);
  return { start: lineStart, end: breakAt === -1 ? text.length : breakAt };
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/** A word with its span. */
export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

const textWords = memo((text: string) => splitWords(text, 0));

/** Words (letters, digits, inner apostrophes and hyphens) with spans. */
export function wordSpans(text: string, offset = 0): WordSpan[] {
  return offset === 0 ? textWords(text) : splitWords(text, offset);
}

function splitWords(text: string, offset: number): WordSpan[] {
  const words: WordSpan[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    const start = offset + (match.index ?? 0);
    words.push({ text: match[0], start, end: start + match[0].length });
  }
  return words;
}

/** Count of words in a line. */
export function wordCount(text: string): number {
  return text.match(WORD_RE)?.length ?? 0;
}
