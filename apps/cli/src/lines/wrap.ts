import stringWidth from 'string-width';
import { mergeSegments, type Line, type Segment } from './line.ts';

// A newline, a run of other whitespace, or a word.
const TOKEN_RE = /\n|[^\S\n]+|\S+/g;
const MIN_WIDTH = 8;

export interface WrapOptions {
  /** Spaces before every line. */
  indent?: number;
  /** Printed before the first line (`• `); later lines hang under it. */
  prefix?: Segment;
  /** Extra spaces before every line but the first, so a wrapped entry reads as one. */
  hang?: number;
}

/**
 * Word-wrap styled text to `width` cells. Newlines break lines; spaces inside a line stay, spaces at a
 * wrap go; a word wider than the line is cut. Styles survive the wrap.
 *
 * @example
 * wrapSegments([{ text: 'one two three' }], 9); // [[{ text: 'one two' }], [{ text: 'three' }]]
 */
export function wrapSegments(segments: readonly Segment[], width: number, options: WrapOptions = {}): Line[] {
  const indent = ' '.repeat(options.indent ?? 0);
  const prefixWidth = options.prefix ? stringWidth(options.prefix.text) : 0;
  const hang = ' '.repeat(options.hang ?? 0);
  // Every line gets the narrower width, so the first line and the hanging ones break alike.
  const available = Math.max(MIN_WIDTH, width - indent.length - prefixWidth - hang.length);
  const rows: Segment[][] = [];
  let current: Segment[] = [];
  let used = 0;
  let isSoftBreak = false;
  const breakLine = (isSoft = false): void => {
    rows.push(trimEnd(current));
    current = [];
    used = 0;
    isSoftBreak = isSoft;
  };
  const put = (text: string, segment: Segment, cells: number): void => {
    current.push(segment.style ? { text, style: segment.style } : { text });
    used += cells;
    if (text.trim() !== '') isSoftBreak = false;
  };
  for (const segment of segments) {
    for (const token of segment.text.match(TOKEN_RE) ?? []) {
      if (token === '\n') {
        breakLine();
      } else if (/^\s/.test(token)) {
        // Spaces that align columns stay; at a soft line break they go.
        const spaces = token.replace(/\t/g, '  ').replace(/\s/g, ' ');
        if (isSoftBreak) continue;
        if (used + spaces.length < available) put(spaces, segment, spaces.length);
        else if (used > 0) breakLine(true);
      } else {
        const cells = stringWidth(token);
        if (used > 0 && used + cells > available) breakLine(true);
        if (cells <= available) {
          put(token, segment, cells);
          continue;
        }
        for (const char of Array.from(token)) {
          const charCells = stringWidth(char);
          if (used + charCells > available) breakLine(true);
          put(char, segment, charCells);
        }
      }
    }
  }
  if (current.length > 0 || rows.length === 0) rows.push(trimEnd(current));
  const hanging = ' '.repeat(prefixWidth);
  return rows.map((row, index) => {
    const lead: Segment[] = [{ text: index === 0 ? indent : indent + hang }];
    if (options.prefix) lead.push(index === 0 ? options.prefix : { text: hanging });
    return mergeSegments([...lead, ...row]);
  });
}

/** Wrap a plain string. */
export function wrapText(text: string, width: number, options: WrapOptions & { style?: Segment['style'] } = {}): Line[] {
  return wrapSegments([options.style ? { text, style: options.style } : { text }], width, options);
}

function trimEnd(row: Segment[]): Segment[] {
  const trimmed = [...row];
  while (trimmed.length > 0 && trimmed.at(-1)?.text.trim() === '') trimmed.pop();
  return trimmed;
}
