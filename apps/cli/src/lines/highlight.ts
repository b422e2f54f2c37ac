import type { Edit, Flag } from '@parallax/core';
import type { Segment } from './line.ts';
import { EDITED, FLAGGED, REMOVED } from './styles.ts';

// Removed whitespace and invisible characters are everywhere and not worth a mark.
const QUIET_KINDS = new Set<Edit['kind']>(['whitespace', 'unicode']);
const PLAIN = 0;
const REPAIRED = 1;
const FLAG = 2;

/**
 * Split clean text into segments: text a repair put in is highlighted, flagged text underlined, and
 * a `‸` marks where a repair removed text.
 *
 * @example
 * highlightEdits('We meet today.', [{ kind: 'homoglyph', cleanStart: 3, cleanEnd: 7, … }], []);
 * // [{ text: 'We ' }, { text: 'meet', style: EDITED }, { text: ' today.' }]
 */
export function highlightEdits(text: string, edits: readonly Edit[], flags: readonly Flag[]): Segment[] {
  const marks = new Uint8Array(text.length);
  for (const flag of flags) marks.fill(FLAG, clamp(flag.start, text), clamp(flag.end, text));
  const removals = new Set<number>();
  for (const edit of edits) {
    if (edit.cleanEnd > edit.cleanStart) marks.fill(REPAIRED, clamp(edit.cleanStart, text), clamp(edit.cleanEnd, text));
    else if (!QUIET_KINDS.has(edit.kind) && edit.before.trim() !== '') removals.add(clamp(edit.cleanStart, text));
  }
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const isBoundary = i === text.length || removals.has(i) || marks[i] !== marks[start];
    if (!isBoundary) continue;
    if (i > start) segments.push(styled(text.slice(start, i), marks[start] ?? PLAIN));
    if (removals.has(i)) segments.push({ text: '‸', style: REMOVED });
    start = i;
  }
  return segments;
}

function styled(text: string, mark: number): Segment {
  if (mark === REPAIRED) return { text, style: EDITED };
  if (mark === FLAG) return { text, style: FLAGGED };
  return { text };
}

function clamp(offset: number, text: string): number {
  return Math.max(0, Math.min(offset, text.length));
}
