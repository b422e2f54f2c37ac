import type { Claim, Modality } from '../model/index.ts';
import { positionOf, type ConflictDraft } from './conflict-draft.ts';
import { compareStrings } from './order.ts';

// Cue words by which an outlet calls a claim false or unlikely rather than merely uncertain.
const NEGATIVE_CUE_RE = /\b(?:unlikely|doubt\w*|den(?:y|ies|ied|ial)|rejects?|rejected|dismiss\w*|not true|false|untrue|no evidence|never|improbable)\b/i;

// Hedges that are adjectives before a noun (`a possible meeting`), unlike `likely to`, `possibly`.
const ATTRIBUTIVE_HEDGE_RE = /^(?:probable|possible|potential|alleged|suspected|purported|apparent|likely|imaginable|conceivable)$/i;
// Cues that attribute rather than hedge: they leave a claim `reported`, not uncertain.
const REPORTING_CUE_RE = /^(?:say|says|said|state|states|stated|tell|tells|told|report|reports|reported|according to|announce[sd]?|add(?:s|ed)?|note[sd]?|cit(?:e|es|ed|ing))$/i;
const NEXT_WORD_RE = /^\s+(\p{L}+)/u;
const PREVIOUS_WORD_RE = /(\p{L}+)\s+$/u;
const DETERMINER_RE = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|any|some|one)$/;
// Words after an adjective hedge that make it predicate a clause: `likely to`, `possible that`.
const CLAUSE_LINK_RE = /^(?:to|that|be|been|being|the|a|an|will|would|is|are|was|were)$/;
// How alike (claim similarity) an asserting and a denying or hedging claim must be to oppose each other.
const SAME_PROPOSITION = { assertive: 0.45, certainty: 0.4 } as const;

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
export function modalityConflicts(
  claims: readonly Claim[],
  similarity: (a: Claim, b: Claim) => number = () => 1,
): ConflictDraft[] {
  const byStance = new Map<Stance, Claim[]>();
  for (const claim of [...claims].sort((a, b) => compareStrings(a.id, b.id))) {
    const stance = stanceOf(claim);
    if (stance) byStance.set(stance, [...(byStance.get(stance) ?? []), claim]);
  }
  const asserting = byStance.get('asserts') ?? [];
  const drafts: ConflictDraft[] = [];
  const negated = opposedPairs(asserting, byStance.get('negates') ?? [], similarity, SAME_PROPOSITION.assertive);
  if (negated.length > 0) drafts.push({ kind: 'assertive', severity: 'major', positions: positions(negated) });
  const hedging = (byStance.get('hedges') ?? []).filter((claim) => !onlyHedgesANoun(claim));
  const hedged = opposedPairs(asserting, hedging, similarity, SAME_PROPOSITION.certainty);
  if (hedged.length > 0) drafts.push({ kind: 'certainty', severity: 'minor', positions: positions(hedged) });
  return drafts;
}

/** The strongest certainty an outlet gives a claim: asserted > reported > denied > hedged > question. */
export function strongestModality(modalities: readonly Modality[]): Modality {
  const order: Modality[] = ['asserted', 'reported', 'denied', 'hedged', 'question'];
  return order.find((modality) => modalities.includes(modality)) ?? 'asserted';
}

/**
 * True when every hedge cue of a claim qualifies a noun rather than the statement:
 * `The probable meeting comes after …` states that something came after; it hedges only the meeting.
 */
export function onlyHedgesANoun(claim: Pick<Claim, 'text' | 'modalityCues'>): boolean {
  const hedges = claim.modalityCues.filter((cue) => !REPORTING_CUE_RE.test(cue));
  if (hedges.length === 0) return false;
  return hedges.every((cue) => {
    if (!ATTRIBUTIVE_HEDGE_RE.test(cue)) return false;
    const at = claim.text.toLowerCase().indexOf(cue.toLowerCase());
    if (at < 0) return false;
    const next = NEXT_WORD_RE.exec(claim.text.slice(at + cue.length))?.[1]?.toLowerCase() ?? '';
    const previous = PREVIOUS_WORD_RE.exec(claim.text.slice(0, at))?.[1]?.toLowerCase() ?? '';
    // `the probable meeting`, `that potential transfers`; not `will most likely go`.
    return next !== '' && !CLAUSE_LINK_RE.test(next) && DETERMINER_RE.test(previous);
  });
}

/**
 * The claims on either side that face a claim of the other side from another outlet closely enough
 * to be one proposition: sharing a cluster is not enough, a cluster gathers a topic's neighbours.
 */
function opposedPairs(
  a: readonly Claim[],
  b: readonly Claim[],
  similarity: (a: Claim, b: Claim) => number,
  threshold: number,
): Claim[] {
  const kept = new Set<Claim>();
  for (const x of a) {
    for (const y of b) {
      if (x.outletId === y.outletId || similarity(x, y) < threshold) continue;
      kept.add(x);
      kept.add(y);
    }
  }
  return [...kept];
}

function positions(claims: readonly Claim[]) {
  return [...claims].sort((x, y) => compareStrings(x.id, y.id)).map((claim) => positionOf(claim, claim.text));
}
