import type { Edit, Flag, Sentence, SpinReport } from '@parallax/core';

/** A finding shown inline in the clean text: a repair the cleaner made, or one it only flagged. */
export type Mark =
  | { type: 'edit'; start: number; end: number; edit: Edit }
  | { type: 'flag'; start: number; end: number; flag: Pick<Flag, 'kind' | 'rule' | 'message' | 'suggestion' | 'text'> };

/** The clean text cut into plain runs, marked runs and sentence anchors, in order. */
export type Segment =
  | { type: 'text'; text: string }
  | { type: 'anchor'; sentenceId: string }
  | (Mark & { text: string });

export interface MarkedText {
  segments: Segment[];
  /** Findings that overlap one already shown, or whose span lies outside the text: listed, not inline. */
  notInline: number;
}

/** Spin substitutions the cleaner did not also flag read as spin flags. */
function spinFlags(spin: SpinReport, flags: readonly Flag[]): Mark[] {
  const flagged = new Set(flags.filter((flag) => flag.kind === 'spin').map((flag) => `${flag.start}:${flag.end}`));
  return spin.substitutions
    .filter((sub) => !flagged.has(`${sub.start}:${sub.end}`))
    .map((sub) => ({
      type: 'flag',
      start: sub.start,
      end: sub.end,
      flag: { kind: 'spin', rule: 'spin-substitution', text: sub.original, message: 'likely a synonym spinner’s word', suggestion: sub.common },
    }));
}

function overlaps(a: Mark, b: Mark): boolean {
  // A zero-width mark (a deletion) clashes only with a span strictly around it.
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Cut an article's clean text into segments for display: every edit at its clean span (a deletion
 * as a zero-width mark), every flag and spin substitution, and an anchor at each sentence start.
 * Edits win over flags where they overlap; what cannot be shown inline is counted, not lost.
 *
 * @example
 * // an edit that repaired `wоrld` (Cyrillic о) at clean offsets 6..11
 * markText('Hello world', [homoglyphEdit], [], article.spin, article.sentences).segments
 * // [{ type: 'anchor', … }, { type: 'text', text: 'Hello ' }, { type: 'edit', text: 'world', edit: homoglyphEdit, … }]
 */
export function markText(
  cleanText: string,
  edits: readonly Edit[],
  flags: readonly Flag[],
  spin: SpinReport,
  sentences: readonly Pick<Sentence, 'id' | 'start'>[],
): MarkedText {
  const candidates: Mark[] = [
    ...edits.map((edit): Mark => ({ type: 'edit', start: edit.cleanStart, end: edit.cleanEnd, edit })),
    ...flags.map((flag): Mark => ({ type: 'flag', start: flag.start, end: flag.end, flag })),
    ...spinFlags(spin, flags),
  ];
  const accepted: Mark[] = [];
  let notInline = 0;
  for (const mark of candidates) {
    const fits = mark.start <= mark.end && mark.end <= cleanText.length && (mark.type === 'edit' || mark.end > mark.start);
    if (fits && !accepted.some((other) => overlaps(mark, other))) accepted.push(mark);
    else notInline += 1;
  }
  // Zero-width deletions sort before a span starting at the same place; ties keep input order.
  const marks = accepted
    .map((mark, index) => ({ mark, index }))
    .sort((a, b) => a.mark.start - b.mark.start || a.mark.end - b.mark.end || a.index - b.index)
    .map(({ mark }) => mark);

  const anchors = [...sentences].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let position = 0;
  let nextAnchor = 0;
  const pushText = (end: number) => {
    // Anchors go where their sentence starts, or just before the mark that covers that start.
    while (position < end || (nextAnchor < anchors.length && (anchors[nextAnchor]?.start ?? Infinity) <= position)) {
      const anchor = anchors[nextAnchor];
      if (anchor && anchor.start <= position) {
        segments.push({ type: 'anchor', sentenceId: anchor.id });
        nextAnchor += 1;
        continue;
      }
      const stop = Math.min(end, anchor?.start ?? end);
      segments.push({ type: 'text', text: cleanText.slice(position, stop) });
      position = stop;
    }
  };
  for (const mark of marks) {
    pushText(mark.start);
    while (nextAnchor < anchors.length && (anchors[nextAnchor]?.start ?? Infinity) < mark.end) {
      segments.push({ type: 'anchor', sentenceId: anchors[nextAnchor]?.id ?? '' });
      nextAnchor += 1;
    }
    segments.push({ ...mark, text: cleanText.slice(mark.start, mark.end) });
    position = Math.max(position, mark.end);
  }
  pushText(cleanText.length);
  return { segments, notInline };
}
