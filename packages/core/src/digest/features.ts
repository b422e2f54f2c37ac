import type { Claim, Entity } from '../model/index.ts';
import { contentStems, numberTokens } from './text.ts';
import { idf, type Vector } from './vectors.ts';

// Numbers and named things pin a claim down more than ordinary words do.
const BOOST = { word: 1, number: 1.6, entity: 1.3, dimension: 0.5 } as const;

/** The raw features of one claim: `w:` stems, `n:` numbers, `e:` entities, `d:` measured dimensions. */
export function claimFeatures(claim: Claim, standsFor: ReadonlyMap<string, string>): string[] {
  const features = new Set<string>();
  for (const stem of contentStems(claim.normalizedText.trim() ? claim.normalizedText : claim.text)) features.add(`w:${stem}`);
  for (const number of numberTokens(claim.text)) features.add(`n:${number}`);
  for (const quantity of claim.quantities) {
    features.add(`n:${quantity.value}`);
    features.add(`d:${quantity.dimension}`);
  }
  for (const mention of claim.entities) {
    features.add(`e:${mention.entityId}`);
    const place = standsFor.get(mention.entityId);
    if (place) features.add(`e:${place}`);
  }
  return [...features].sort();
}

/**
 * One IDF-weighted vector per claim, in the order given.
 *
 * @example
 * const vectors = claimVectors(claims, entities); // vectors[i] describes claims[i]
 */
export function claimVectors(claims: readonly Claim[], entities: readonly Entity[]): Vector[] {
  const standsFor = new Map<string, string>();
  for (const entity of entities) if (entity.standsFor) standsFor.set(entity.id, entity.standsFor);
  const features = claims.map((claim) => claimFeatures(claim, standsFor));
  const weights = idf(features);
  return features.map(
    (list) => new Map(list.map((feature) => [feature, (weights.get(feature) ?? 0) * boostOf(feature)])),
  );
}

function boostOf(feature: string): number {
  if (feature.startsWith('n:')) return BOOST.number;
  if (feature.startsWith('e:')) return BOOST.entity;
  if (feature.startsWith('d:')) return BOOST.dimension;
  return BOOST.word;
}
