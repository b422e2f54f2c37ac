import type { Claim, Entity, Quantity } from '../model/index.ts';
import { contentStems, numberTokens, properWords, words } from './text.ts';
import { senseOf } from './synonyms.ts';
import { idf, type Vector } from './vectors.ts';

// Numbers and named things pin a claim down more than ordinary words do.
const BOOST = { word: 1, number: 1.6, quantity: 1.6, entity: 1.3, dimension: 0.5 } as const;
// Small counts written as words (`Two were rescued`) are numbers as much as `2` is; `one` is too
// often a pronoun to count.
const NUMBER_WORDS = new Map(
  ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((word, i) => [word, String(i + 2)]),
);
const ATTRIBUTIVE_RE = /\d-\p{L}/u;
// Quantities within about this ratio of each other share a bucket feature (`1,600 feet` ~ `500 metres`).
const BUCKET_RATIO = Math.log(1.1);

/**
 * The raw features of one claim: `w:` stems, `n:` numbers as written, `q:` measured values after
 * unit normalisation (log buckets), `e:` entities, `d:` measured dimensions. Words the story only
 * ever capitalises (`Titanic`, `Titan`) stay whole: stemming must not merge two names.
 */
export function claimFeatures(
  claim: Claim,
  standsFor: ReadonlyMap<string, string>,
  proper: ReadonlySet<string> = new Set(),
): string[] {
  const features = new Set<string>();
  const text = claim.normalizedText.trim() ? claim.normalizedText : claim.text;
  for (const word of words(text)) {
    if (proper.has(word)) features.add(`w:${word}`);
    else for (const stemmed of contentStems(word)) features.add(`w:${senseOf(stemmed)}`);
  }
  for (const number of numberTokens(claim.text)) features.add(`n:${number}`);
  for (const word of words(claim.text)) {
    const value = NUMBER_WORDS.get(word);
    if (value) features.add(`n:${value}`);
  }
  for (const quantity of claim.quantities) {
    features.add(`n:${quantity.value}`);
    features.add(`d:${quantity.dimension}`);
    // `the 1.6-mile bridge`, `the 2.6km Key Bridge`: a measure naming which thing is no news of its own.
    if (!isAttributive(quantity)) for (const bucket of quantityBuckets(quantity)) features.add(bucket);
  }
  for (const mention of claim.entities) {
    features.add(`e:${mention.entityId}`);
    const place = standsFor.get(mention.entityId);
    if (place) features.add(`e:${place}`);
  }
  return [...features].sort();
}

/** A measure written as an adjective: hyphenated (`984-foot`) or glued to its unit before a word (`2.6km Francis`). */
function isAttributive(quantity: Quantity): boolean {
  return ATTRIBUTIVE_RE.test(quantity.text);
}

/**
 * Two log-scale buckets per measured value, the one it falls in and the nearer neighbour, so two
 * values within about 10% of each other always share one: `1,600 ft` (488 m) and `500 m` do.
 *
 * @example
 * quantityBuckets(km(130)); // ['q:length:km:51', 'q:length:km:52']
 */
export function quantityBuckets(quantity: Quantity): string[] {
  const value = Math.abs(quantity.normalized.value);
  // Counts of the same noun are already one `n:` feature; a bucket would make `two leaders` telling.
  if (quantity.dimension === 'count' || !(value > 0) || !Number.isFinite(value)) return [];
  const position = Math.log(value) / BUCKET_RATIO;
  const bucket = Math.floor(position);
  const neighbour = position - bucket >= 0.5 ? bucket + 1 : bucket - 1;
  const key = `q:${quantity.dimension}:${quantity.normalized.unit}`;
  return [`${key}:${bucket}`, `${key}:${neighbour}`];
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
  const proper = properWords(claims.map((claim) => claim.text));
  const features = claims.map((claim) => claimFeatures(claim, standsFor, proper));
  const weights = idf(features);
  return features.map(
    (list) => new Map(list.map((feature) => [feature, (weights.get(feature) ?? 0) * boostOf(feature)])),
  );
}

function boostOf(feature: string): number {
  if (feature.startsWith('n:')) return BOOST.number;
  if (feature.startsWith('q:')) return BOOST.quantity;
  if (feature.startsWith('e:')) return BOOST.entity;
  if (feature.startsWith('d:')) return BOOST.dimension;
  return BOOST.word;
}
