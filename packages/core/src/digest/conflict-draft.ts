import type { Claim, Conflict, ConflictPosition } from '../model/index.ts';

/** A conflict before it has an id, a cluster and a summary. */
export interface ConflictDraft {
  kind: Conflict['kind'];
  severity: Conflict['severity'];
  positions: ConflictPosition[];
  relativeGap?: number;
  dimension?: string;
  /** What else the summary must say to be truthful: `the figures are from different times (…)`. */
  note?: string;
}

// `magnitude 7.0 (national geophysics institute)`: a figure and the source it is credited to.
const SOURCED_RE = /^(.+) \(([^()]+)\)$/;

/**
 * A figure with the source it is credited to, when known.
 *
 * @example
 * withSource('magnitude 6.8', 'U.S. Geological Survey'); // 'magnitude 6.8 (U.S. Geological Survey)'
 */
export function withSource(figure: string, source: string | undefined): string {
  return source ? `${figure} (${source})` : figure;
}

/** A position's figure and credited source, the inverse of `withSource` for the figure it holds. */
export function splitSource(text: string, figure: string | undefined): { figure: string; source?: string } {
  const match = SOURCED_RE.exec(text);
  if (!match || (figure !== undefined && match[1] !== figure)) return { figure: text };
  return { figure: match[1] ?? text, source: match[2] };
}

/** A conflict position for one claim; `text` is what the position rests on (a figure, a time, the claim). */
export function positionOf(claim: Claim, text: string, extra: Partial<ConflictPosition> = {}): ConflictPosition {
  return {
    outletId: claim.outletId,
    claimId: claim.id,
    sentenceId: claim.sentenceId,
    text,
    ...extra,
    modality: claim.modality,
  };
}

// `about 1,600 feet` and `approximately 1,600 feet` are one side; `over two miles` bounds, `2 miles` does not.
const BOUND_RE = /^(?:over|under|more than|less than|at least|at most|up to|nearly|almost|tops|topped|passes|passed|exceeds|exceeded)\b/i;
const QUALIFIER_RE = /^(?:about|approximately|around|roughly|some|nearly|almost|just|an estimated|close to)\s+/i;

/**
 * Which side of a numeric or temporal conflict a position takes: its value (and any bound) for a
 * figure, its words without qualifiers otherwise. `about 500 metres` and `approximately 500 meters`
 * take one side.
 *
 * @example
 * sideKey({ text: 'about 500 metres', value: 0.5, unit: 'km', … }); // '0.5|km|'
 */
export function sideKey(position: ConflictPosition): string {
  if (position.value !== undefined) return `${position.value}|${position.unit ?? ''}|${BOUND_RE.exec(position.text)?.[0]?.toLowerCase() ?? ''}`;
  return position.text.replace(QUALIFIER_RE, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
