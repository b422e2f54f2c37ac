import type { Claim, Quantity } from '../model/index.ts';
import { compareQuantities } from './compare-quantities.ts';

/** A measured figure in a claim, with the key of what kind of thing it measures. */
export interface Figure {
  claim: Claim;
  index: number;
  quantity: Quantity;
  /** `length|km`, `duration|month` (an age is a duration: `18-month-old` against `17 months`). */
  key: string;
}

// Figures this close read as one value misreported (`21-foot` against `22-foot`); further apart,
// as two different things.
const MAX_GAP = 0.15;
// Another figure of the same kind within this ratio in the same article makes a figure not sole.
const BAND = 2;
// Counts measure whatever noun they count; their closeness says nothing.
const SKIP_DIMENSIONS = new Set(['count']);

/**
 * Pairs of close but different figures, from different outlets, each the only figure of its kind and
 * size in its own article, whose surroundings share a word (`tail section of the 21-foot submersible`
 * and `fragments of the 22-foot Titan … discovered`): one thing reported two ways, though the words
 * around the figures differ too much for the context matcher.
 *
 * @example
 * soleFigurePairs(figures, (a, b) => sharesNearWord(a, b)); // [[figure21ft, figure22ft]]
 */
export function soleFigurePairs(
  figures: readonly Figure[],
  related: (a: Figure, b: Figure) => boolean,
): Array<[Figure, Figure]> {
  const pairs: Array<[Figure, Figure]> = [];
  // Sorted by value within each kind, a figure only meets the few next to it: near-linear.
  for (const list of byKey(figures.filter((figure) => isSole(figure, figures))).values()) {
    const sorted = [...list].sort((x, y) => magnitude(x) - magnitude(y));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const [a, b] = [sorted[i], sorted[j]];
        if (!a || !b) continue;
        if (magnitude(b) > magnitude(a) / (1 - MAX_GAP)) break;
        if (a.claim.outletId === b.claim.outletId) continue;
        const { agreement, relativeGap } = compareQuantities(a.quantity, b.quantity);
        if (agreement === 'equal' || agreement === 'compatible' || relativeGap > MAX_GAP) continue;
        if (related(a, b)) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/** The kind key of a quantity: dimension family and base unit. */
export function figureKey(quantity: Quantity): string | null {
  if (SKIP_DIMENSIONS.has(quantity.dimension)) return null;
  const family = quantity.dimension === 'age' ? 'duration' : quantity.dimension;
  return `${family}|${quantity.normalized.unit}`;
}

// Figures of one kind per article, memoised per figure list.
const BY_ARTICLE = new WeakMap<readonly Figure[], Map<string, Figure[]>>();

function isSole(figure: Figure, figures: readonly Figure[]): boolean {
  let index = BY_ARTICLE.get(figures);
  if (!index) {
    index = new Map();
    for (const f of figures) index.set(`${f.claim.articleId}|${f.key}`, [...(index.get(`${f.claim.articleId}|${f.key}`) ?? []), f]);
    BY_ARTICLE.set(figures, index);
  }
  const value = magnitude(figure);
  return !(index.get(`${figure.claim.articleId}|${figure.key}`) ?? []).some((other) => {
    const v = magnitude(other);
    if (other === figure || v === value) return false;
    return v > 0 && value > 0 && Math.max(v, value) / Math.min(v, value) <= BAND;
  });
}

function byKey(figures: readonly Figure[]): Map<string, Figure[]> {
  const groups = new Map<string, Figure[]>();
  for (const figure of figures) groups.set(figure.key, [...(groups.get(figure.key) ?? []), figure]);
  return groups;
}

function magnitude(figure: Figure): number {
  return Math.abs(figure.quantity.normalized.value);
}
