import type { Quantity } from '../model/index.ts';

/** How two values of the same thing relate. */
export type Agreement = 'equal' | 'compatible' | 'minor' | 'major';

// Qualifiers that make a value a bound rather than a point.
const LOWER_BOUND_RE = /\b(?:at least|more than|over|above|upwards of|in excess of|exceeding|no fewer than|no less than|beyond)\b/i;
const UPPER_BOUND_RE = /\b(?:at most|less than|fewer than|under|below|up to|nearly|almost|no more than|just under)\b/i;
// Values this close are one value written in two units (`80 miles` = 128.7 km against `129 km`).
const CONVERSION_NOISE = 0.005;
// With a stated approximation (`about`), gaps up to this share still count as agreeing roughly.
const APPROXIMATE_GAP = 0.1;

/**
 * Compare two quantities already known to measure the same thing in the same base unit.
 * `equal`: the same value up to conversion; `compatible`: bounds or ranges that overlap;
 * `minor`: the values agree within their written rounding or a stated approximation; `major`: they do not.
 *
 * @example
 * compareQuantities(km(129), km(130)).agreement; // 'minor' (130 may be rounded to the ten)
 * compareQuantities(feet(21), feet(22)).agreement; // 'major'
 */
export function compareQuantities(a: Quantity, b: Quantity): { agreement: Agreement; relativeGap: number } {
  const [ia, ib] = [interval(a), interval(b)];
  const gap = relativeGap(a.normalized.value, b.normalized.value);
  if (ia.bounded || ib.bounded) {
    const overlaps = ia.low <= ib.high && ib.low <= ia.high;
    return { agreement: overlaps ? 'compatible' : 'major', relativeGap: overlaps ? 0 : gap };
  }
  const distance = Math.abs(a.normalized.value - b.normalized.value);
  const [ta, tb] = [tolerance(a), tolerance(b)];
  const largest = Math.max(Math.abs(a.normalized.value), Math.abs(b.normalized.value));
  if (distance <= Math.min(ta, tb) && distance <= CONVERSION_NOISE * largest) return { agreement: 'equal', relativeGap: gap };
  // Strictly inside the summed rounding: `21 ft` against `22 ft` touch at 21.5 and do not agree.
  if (distance < (ta + tb) * (1 - 1e-9)) return { agreement: 'minor', relativeGap: gap };
  if ((a.approximate || b.approximate) && gap <= APPROXIMATE_GAP) return { agreement: 'minor', relativeGap: gap };
  return { agreement: 'major', relativeGap: gap };
}

/** |a-b| / max(|a|,|b|), 0 when both are 0; rounded to 4 places. */
export function relativeGap(a: number, b: number): number {
  const largest = Math.max(Math.abs(a), Math.abs(b));
  return largest === 0 ? 0 : Math.round((Math.abs(a - b) / largest) * 10000) / 10000;
}

/**
 * Half the place value of the last significant digit as written, in the base unit:
 * `130 km` -> 5 km, `129 km` -> 0.5 km, `6.7 m` -> 0.05 m, `1,600 feet` -> 50 ft in metres.
 */
export function tolerance(quantity: Quantity): number {
  const scale = quantity.value === 0 ? 1 : Math.abs(quantity.normalized.value / quantity.value);
  return (placeValue(quantity.value) / 2) * scale;
}

function placeValue(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0) return 1;
  if (!Number.isInteger(abs)) {
    const decimals = (String(abs).split('.')[1] ?? '').length;
    return 10 ** -Math.min(decimals, 6);
  }
  let place = 1;
  while (abs % (place * 10) === 0) place *= 10;
  return place;
}

function interval(quantity: Quantity): { low: number; high: number; bounded: boolean } {
  const value = quantity.normalized.value;
  const qualifier = `${quantity.qualifier ?? ''} ${quantity.text}`;
  if (quantity.normalized.valueMax !== undefined) return { low: value, high: quantity.normalized.valueMax, bounded: true };
  if (LOWER_BOUND_RE.test(qualifier)) return { low: value, high: Number.POSITIVE_INFINITY, bounded: true };
  if (UPPER_BOUND_RE.test(qualifier)) return { low: Number.NEGATIVE_INFINITY, high: value, bounded: true };
  return { low: value, high: value, bounded: false };
}
