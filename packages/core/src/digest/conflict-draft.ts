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
