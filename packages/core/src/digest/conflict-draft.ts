import type { Claim, Conflict, ConflictPosition } from '../model/index.ts';

/** A conflict before it has an id, a cluster and a summary. */
export interface ConflictDraft {
  kind: Conflict['kind'];
  severity: Conflict['severity'];
  positions: ConflictPosition[];
  relativeGap?: number;
  dimension?: string;
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
const BOUND_RE = /^(?:over|under|more than|less than|at least|at most|up to|nearly|almost)\b/i;
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
