import { line, type Line, type Segment } from './line.ts';
import { DIM, HEADING } from './styles.ts';
import { wrapSegments, wrapText } from './wrap.ts';

/** A section heading with a blank line above it (none at the very top). */
export function heading(text: string, isFirst = false): Line[] {
  return isFirst ? [line(text, HEADING)] : [[], line(text, HEADING)];
}

/** A bulleted item, wrapped with its later lines hanging under the text. */
export function bullet(segments: readonly Segment[] | string, width: number, indent = 2): Line[] {
  const content = typeof segments === 'string' ? [{ text: segments }] : segments;
  return wrapSegments(content, width, { indent, prefix: { text: '• ', style: DIM } });
}

/** A source sentence, set off with a bar: the receipt behind a claim. */
export function receipt(text: string, width: number, indent = 4): Line[] {
  return wrapText(text, width, { indent, prefix: { text: '│ ', style: DIM } });
}

/** A dim note: an empty state or a hint. */
export function note(text: string, width: number, indent = 2): Line[] {
  return wrapText(text, width, { indent, style: DIM });
}
