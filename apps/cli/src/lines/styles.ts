import type { ClusterStatus, Conflict, QuoteEntry } from '@parallax/core';
import type { Segment, SegmentStyle } from './line.ts';

export const HEADING: SegmentStyle = { bold: true, color: 'cyan' };
export const TITLE: SegmentStyle = { bold: true };
export const DIM: SegmentStyle = { dimColor: true };
export const WARNING: SegmentStyle = { color: 'yellow' };
export const ERROR: SegmentStyle = { color: 'red' };
export const OUTLET: SegmentStyle = { color: 'magenta', bold: true };
/** Text a repair put into the clean text. */
export const EDITED: SegmentStyle = { color: 'black', backgroundColor: 'yellow' };
/** Where a repair removed text. */
export const REMOVED: SegmentStyle = { color: 'red', bold: true };
/** Text the cleaner flagged but left alone. */
export const FLAGGED: SegmentStyle = { underline: true, color: 'magenta' };

const STATUS_COLOR: Record<ClusterStatus, string> = { corroborated: 'green', 'single-source': 'yellow', disputed: 'red' };

// `● single-source` and a space: statuses line up in columns.
const STATUS_COLUMN = 17;

/** `● corroborated` in the status colour; `isColumn` pads it so rows line up. */
export function statusSegment(status: ClusterStatus, isColumn = false): Segment {
  const text = `● ${status}`;
  return { text: isColumn ? text.padEnd(STATUS_COLUMN) : text, style: { color: STATUS_COLOR[status] } };
}

/** `▲ major` in red or `△ minor` in yellow. */
export function severitySegment(severity: Conflict['severity']): Segment {
  return severity === 'major' ? { text: '▲ major', style: { color: 'red', bold: true } } : { text: '△ minor', style: { color: 'yellow' } };
}

const INTEGRITY_COLOR: Record<QuoteEntry['integrity'], string> = {
  verbatim: 'green',
  altered: 'yellow',
  'paraphrase-as-quote': 'red',
  'single-source': 'gray',
};

// The longest integrity, `paraphrase-as-quote`, and a space.
const INTEGRITY_COLUMN = 20;

export function integritySegment(integrity: QuoteEntry['integrity'], isColumn = false): Segment {
  return { text: isColumn ? integrity.padEnd(INTEGRITY_COLUMN) : integrity, style: { color: INTEGRITY_COLOR[integrity] } };
}
