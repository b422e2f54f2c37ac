import type { Edit, EditKind } from '../model/index.ts';

/** A repair one pass proposes, in the coordinates of the text that pass read. */
export interface Repair {
  kind: EditKind;
  rule: string;
  start: number;
  end: number;
  after: string;
  confidence: number;
  evidence?: string;
}

/**
 * Apply edits to the original body: the clean text. Edits index the original and must not overlap.
 *
 * @example
 * applyEdits('U. S. aid', [{ start: 0, end: 5, before: 'U. S.', after: 'U.S.', ...rest }]); // 'U.S. aid'
 */
export function applyEdits(body: string, edits: readonly Edit[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (edit.start < at || body.slice(edit.start, edit.end) !== edit.before) {
      throw new RangeError(`edit '${edit.rule}' at ${edit.start} does not fit the text it is applied to`);
    }
    pieces.push(body.slice(at, edit.start), edit.after);
    at = edit.end;
  }
  pieces.push(body.slice(at));
  return pieces.join('');
}

/**
 * Undo edits on the clean text: the original body, byte for byte.
 *
 * @example
 * revertEdits('U.S. aid', [{ cleanStart: 0, cleanEnd: 4, before: 'U. S.', after: 'U.S.', ...rest }]); // 'U. S. aid'
 */
export function revertEdits(cleanText: string, edits: readonly Edit[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.cleanStart - b.cleanStart || a.start - b.start)) {
    if (edit.cleanStart < at || cleanText.slice(edit.cleanStart, edit.cleanEnd) !== edit.after) {
      throw new RangeError(`edit '${edit.rule}' at clean offset ${edit.cleanStart} does not fit the clean text`);
    }
    pieces.push(cleanText.slice(at, edit.cleanStart), edit.before);
    at = edit.cleanEnd;
  }
  pieces.push(cleanText.slice(at));
  return pieces.join('');
}

/** Set `cleanStart`/`cleanEnd` of edits sorted by `start`, walking the original once. */
export function locateEdits(edits: Edit[]): Edit[] {
  let shift = 0;
  return edits.map((edit) => {
    const cleanStart = edit.start + shift;
    shift += edit.after.length - edit.before.length;
    return { ...edit, cleanStart, cleanEnd: cleanStart + edit.after.length };
  });
}

/** Count edits by kind, for the integrity report. */
export function countEdits(edits: readonly Edit[]): Partial<Record<EditKind, number>> {
  const counts: Partial<Record<EditKind, number>> = {};
  for (const edit of edits) counts[edit.kind] = (counts[edit.kind] ?? 0) + 1;
  return counts;
}
