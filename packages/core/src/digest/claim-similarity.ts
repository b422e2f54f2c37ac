import type { Claim, Quantity } from '../model/index.ts';
import { compareQuantities } from './compare-quantities.ts';
import { properWords } from './text.ts';
import { cosine, type Vector } from './vectors.ts';

// Two quotes from different named speakers are two statements, however alike their words.
const OTHER_SPEAKER = 0.6;
// Figures of one kind that disagree outright (`21-foot` against `22-foot`) usually belong to
// different facts; the numeric-conflict step finds real disagreements on its own.
const FIGURES_DISAGREE = 0.7;

/**
 * How alike two claims are: cosine of their weighted features, lowered when their quotes come from
 * different named speakers, or when every figure of a shared kind disagrees outright.
 *
 * @example
 * const similarity = claimSimilarity(claims, claimVectors(claims, entities));
 * similarity(0, 7); // 0.41
 */
export function claimSimilarity(claims: readonly Claim[], vectors: readonly Vector[]): (a: number, b: number) => number {
  return (a, b) => {
    const [x, y] = [claims[a], claims[b]];
    const [vx, vy] = [vectors[a] ?? new Map<string, number>(), vectors[b] ?? new Map<string, number>()];
    let base = cosine(vx, vy);
    if (!x || !y || base === 0) return base;
    const [sx, sy] = [speakerOf(x), speakerOf(y)];
    if (sx && sy && sx !== sy) base *= OTHER_SPEAKER;
    // Disagreeing figures may still share a value bucket (`21 ft` and `22 ft`): that is no agreement.
    if (figuresDisagree(x.quantities, y.quantities)) base = cosine(withoutBuckets(vx), withoutBuckets(vy)) * FIGURES_DISAGREE;
    return base;
  };
}

/**
 * `claimSimilarity` addressed by claim rather than by index, for steps that hold claims.
 *
 * @example
 * similarityOfClaims(claims, vectors)(claims[0], claims[7]); // 0.41
 */
export function similarityOfClaims(
  claims: readonly Claim[],
  vectors: readonly Vector[],
): (a: Claim, b: Claim) => number {
  const indexOf = new Map(claims.map((claim, index) => [claim.id, index]));
  const similarity = claimSimilarity(claims, vectors);
  return (a, b) => {
    const [x, y] = [indexOf.get(a.id), indexOf.get(b.id)];
    return x === undefined || y === undefined ? 0 : similarity(x, y);
  };
}

/**
 * `similarityOfClaims` for deciding that two claims state one proposition (a denial against an
 * assertion, a hedge against a fact): 0 unless they share something beyond names. `The Kremlin had
 * nothing to say` and `The Kremlin said the leaders would meet` share only the Kremlin.
 *
 * @example
 * propositionSimilarity(claims, vectors)(claims[0], claims[7]); // 0 when only a name is shared
 */
export function propositionSimilarity(
  claims: readonly Claim[],
  vectors: readonly Vector[],
): (a: Claim, b: Claim) => number {
  const indexOf = new Map(claims.map((claim, index) => [claim.id, index]));
  const similarity = claimSimilarity(claims, vectors);
  const names = nameFeatures(claims);
  return (a, b) => {
    const [x, y] = [indexOf.get(a.id), indexOf.get(b.id)];
    if (x === undefined || y === undefined) return 0;
    return sharesContent(vectors[x], vectors[y], names) ? similarity(x, y) : 0;
  };
}

/** The word features of names a story only ever capitalises (`w:kremlin`). */
export function nameFeatures(claims: readonly Claim[]): Set<string> {
  return new Set([...properWords(claims.map((claim) => claim.text))].map((word) => `w:${word}`));
}

/** True when two vectors share a word or figure that is not a name. */
export function sharesContent(a: Vector | undefined, b: Vector | undefined, names: ReadonlySet<string>): boolean {
  if (!a || !b) return false;
  for (const feature of a.keys()) {
    if (feature.startsWith('e:') || feature.startsWith('d:') || names.has(feature)) continue;
    if (b.has(feature)) return true;
  }
  return false;
}

function withoutBuckets(vector: Vector): Vector {
  return new Map([...vector].filter(([feature]) => !feature.startsWith('q:')));
}

function speakerOf(claim: Claim): string | undefined {
  return claim.quote?.speakerEntityId;
}

/** Both claims measure something of one kind and no pair of such figures agrees even roughly. */
function figuresDisagree(a: readonly Quantity[], b: readonly Quantity[]): boolean {
  let shared = false;
  for (const x of a) {
    for (const y of b) {
      if (x.dimension !== y.dimension || x.normalized.unit !== y.normalized.unit || x.dimension === 'count') continue;
      shared = true;
      if (compareQuantities(x, y).agreement !== 'major') return false;
    }
  }
  return shared;
}
