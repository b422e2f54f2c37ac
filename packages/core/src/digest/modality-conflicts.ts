import type { Claim, Modality } from '../model/index.ts';
import { positionOf, type ConflictDraft } from './conflict-draft.ts';
import { compareStrings } from './order.ts';

// Cue words by which an outlet calls a claim false or unlikely rather than merely uncertain.
const NEGATIVE_CUE_RE = /\b(?:unlikely|doubt\w*|den(?:y|ies|ied|ial)|rejects?|rejected|dismiss\w*|not true|false|untrue|no evidence|never|improbable)\b/i;

/** An outlet's stance on a cluster: it states it, hedges it, or calls it false/unlikely. */
export type Stance = 'asserts' | 'hedges' | 'negates';

/**
 * An outlet's stance from one claim's modality and cues.
 *
 * @example
 * stanceOf({ modality: 'hedged', modalityCues: ['unlikely'], … }); // 'negates'
 */
export function stanceOf(claim: Pick<Claim, 'modality' | 'modalityCues'>): Stance | null {
  if (claim.modality === 'denied' || claim.modalityCues.some((cue) => NEGATIVE_CUE_RE.test(cue))) return 'negates';
  if (claim.modality === 'hedged') return 'hedges';
  if (claim.modality === 'asserted' || claim.modality === 'reported') return 'asserts';
  return null;
}

/**
 * Assertive and certainty conflicts inside one cluster: outlets that state it against outlets that
 * deny it or call it unlikely (`assertive`, major), and outlets that state it against outlets that
 * only hedge it (`certainty`, minor). Claims of one outlet never conflict with each other.
 */
export function modalityConflicts(claims: readonly Claim[]): ConflictDraft[] {
  const byStance = new Map<Stance, Claim[]>();
  for (const claim of [...claims].sort((a, b) => compareStrings(a.id, b.id))) {
    const stance = stanceOf(claim);
    if (stance) byStance.set(stance, [...(byStance.get(stance) ?? []), claim]);
  }
  const asserting = byStance.get('asserts') ?? [];
  const drafts: ConflictDraft[] = [];
  const negating = byStance.get('negates') ?? [];
  if (opposed(asserting, negating)) {
    drafts.push({ kind: 'assertive', severity: 'major', positions: positions([...asserting, ...negating]) });
  }
  const hedging = byStance.get('hedges') ?? [];
  if (opposed(asserting, hedging)) {
    drafts.push({ kind: 'certainty', severity: 'minor', positions: positions([...asserting, ...hedging]) });
  }
  return drafts;
}

/** The strongest certainty an outlet gives a claim: asserted > reported > denied > hedged > question. */
export function strongestModality(modalities: readonly Modality[]): Modality {
  const order: Modality[] = ['asserted', 'reported', 'denied', 'hedged', 'question'];
  return order.find((modality) => modalities.includes(modality)) ?? 'asserted';
}

function opposed(a: readonly Claim[], b: readonly Claim[]): boolean {
  const outlets = new Set(a.map((claim) => claim.outletId));
  return b.some((claim) => !outlets.has(claim.outletId)) && a.length > 0 && b.length > 0;
}

function positions(claims: readonly Claim[]) {
  return [...claims].sort((x, y) => compareStrings(x.id, y.id)).map((claim) => positionOf(claim, claim.text));
}
