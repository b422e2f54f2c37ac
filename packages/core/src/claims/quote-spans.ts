/** Quoted words between quotation marks; `start`/`end` exclude the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Where the marks are: `[open, close)`, the close mark included when there is one. */
  outerStart: number;
  outerEnd: number;
  unbalanced: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
// News copy keeps a paragraph on one line: a quote never runs past a line break.
const PARAGRAPH_RE = /\n\s*/g;
// A single curly quote opens only after a space or bracket; `’` after a letter is an apostrophe.
const SINGLE_OPEN_RE = /(?<=^|[\s([])‘(?=\p{L})/gu;
const SINGLE_CLOSE_RE = /(?<=[\p{L}\p{N}.,!?])’(?!\p{L})/u;
const SENTENCE_END_RE = /[.!?,]\s*$/;

/**
 * Spans of quoted words. Straight and curly double quotes, guillemets and curly single quotes pair
 * up inside a paragraph; a mark left open closes at the paragraph's end (`unbalanced`), and an
 * opening mark right after a finished sentence inside an open quote is read as its misprinted close:
 * `“in the coming days. “This was` -> `in the coming days.`
 *
 * @example
 * findQuoteSpans('He said: “We will win.”').map((s) => [s.start, s.end]); // [[10, 22]]
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const [start, end] of paragraphs(text)) {
    spans.push(...doubleQuotes(text, start, end), ...singleQuotes(text, start, end));
  }
  return spans.sort((a, b) => a.start - b.start);
}

function doubleQuotes(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | undefined;
  for (let i = from; i < to; i++) {
    const char = text[i] ?? '';
    const isStraight = char === '"';
    if (!isStraight && !DOUBLE_OPEN.has(char) && !DOUBLE_CLOSE.has(char)) continue;
    if (open === undefined) {
      // A closing mark with nothing open is stray: skip it.
      if (DOUBLE_CLOSE.has(char) || (isStraight && !opensHere(text, i))) continue;
      open = i;
      continue;
    }
    const soFar = text.slice(open + 1, i);
    const closes = DOUBLE_CLOSE.has(char) || isStraight || SENTENCE_END_RE.test(soFar);
    if (!closes) {
      // Two opening marks in a row: the first one never closed.
      spans.push(span(text, open, i, false, true));
      open = i;
      continue;
    }
    // A misprinted close (an opening mark) belongs to the next sentence: leave it outside the span.
    const misprinted = !DOUBLE_CLOSE.has(char) && !isStraight;
    spans.push(span(text, open, i, !misprinted, misprinted));
    open = undefined;
  }
  if (open !== undefined) spans.push(span(text, open, to, false, true));
  return spans.filter((s) => s.end > s.start);
}

function singleQuotes(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(SINGLE_OPEN_RE)) {
    const open = from + match.index;
    const close = SINGLE_CLOSE_RE.exec(text.slice(open + 1, to));
    if (!close) continue;
    spans.push(span(text, open, open + 1 + close.index, true, false));
  }
  return spans;
}

/** `[open, close]` -> the words inside, trimmed of spaces and a trailing comma. */
function span(text: string, open: number, close: number, hasClose: boolean, unbalanced: boolean): QuoteSpan {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,]/.test(text[end - 1] ?? '')) end--;
  return { start, end, outerStart: open, outerEnd: hasClose ? close + 1 : close, unbalanced };
}

/** A straight `"` opens when it follows a space, a bracket or the line start. */
function opensHere(text: string, i: number): boolean {
  const before = text[i - 1];
  return before === undefined || /[\s([{:—–-]/.test(before);
}

function paragraphs(text: string): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = 0;
  for (const match of text.matchAll(PARAGRAPH_RE)) {
    pieces.push([start, match.index]);
    start = match.index + match[0].length;
  }
  pieces.push([start, text.length]);
  return pieces;
}
