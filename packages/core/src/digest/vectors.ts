/** A sparse weighted bag of features: `w:train` -> 2.1. */
export type Vector = ReadonlyMap<string, number>;

/**
 * Inverse document frequency of every feature over a set of feature lists (each counted once per list).
 *
 * @example
 * idf([['a', 'b'], ['a']]).get('b'); // > idf(...).get('a')
 */
export function idf(docs: ReadonlyArray<Iterable<string>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const feature of new Set(doc)) df.set(feature, (df.get(feature) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [feature, count] of df) weights.set(feature, Math.log((docs.length + 1) / count));
  return weights;
}

/** Cosine similarity of two sparse vectors, 0..1 for non-negative weights. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [feature, weight] of small) {
    const other = large.get(feature);
    if (other !== undefined) dot += weight * other;
  }
  if (dot === 0) return 0;
  return dot / Math.sqrt(norm2(a) * norm2(b));
}

/** Share of the lighter vector's weight that the other vector also holds: containment, 0..1. */
export function overlap(a: Vector, b: Vector): number {
  let shared = 0;
  for (const [feature, weight] of a) if (b.has(feature)) shared += Math.min(weight, b.get(feature) ?? 0);
  const lighter = Math.min(total(a), total(b));
  return lighter === 0 ? 0 : shared / lighter;
}

/** Sum of weights. */
export function total(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight;
  return sum;
}

function norm2(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return sum;
}
