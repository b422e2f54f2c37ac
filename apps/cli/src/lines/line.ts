import stringWidth from 'string-width';

/** The subset of Ink's `<Text>` styles a segment may carry. */
export interface SegmentStyle {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  dimColor?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
}

/** A run of text in one style. */
export interface Segment {
  text: string;
  style?: SegmentStyle;
}

/** One terminal row: what every scrolling view is made of, so scrolling is exact. */
export type Line = Segment[];

/** A one-segment line. */
export function line(text: string, style?: SegmentStyle): Line {
  return style ? [{ text, style }] : [{ text }];
}

export const BLANK: Line = [];

/** The printed width of a line in terminal cells. */
export function lineWidth(content: Line): number {
  return content.reduce((sum, segment) => sum + stringWidth(segment.text), 0);
}

/** The plain text of a line: what tests and filters read. */
export function lineText(content: Line): string {
  return content.map((segment) => segment.text).join('');
}

/** Join neighbouring segments of the same style: fewer `<Text>` nodes to draw. */
export function mergeSegments(segments: readonly Segment[]): Line {
  const merged: Line = [];
  for (const segment of segments) {
    if (segment.text === '') continue;
    const last = merged.at(-1);
    if (last && sameStyle(last.style, segment.style)) merged[merged.length - 1] = { ...last, text: last.text + segment.text };
    else merged.push(segment);
  }
  return merged;
}

function sameStyle(a: SegmentStyle | undefined, b: SegmentStyle | undefined): boolean {
  return JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
}
