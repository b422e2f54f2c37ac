import type { Quantity } from '../model/index.ts';

/** How two values of the same thing relate. */
export type Agreement = 'equal' | 'compatible' | 'minor' | 'major';

// Qualifiers that make a value a bound rather than a point.
const LOWER_BOUND_RE =
  /\b(?:at least|more than|over|above|upwards of|in excess of|exceeding|no fewer than|no less than|beyond|tops|topped|passes|passed|exceeds|exceeded|surpasses|surpassed)\b/i;
// `at least 2,059 people`: a toll as counted so far, stated as the toll. So is a floor on an unrounded
// count (`more than 2,012`); `more than 2,000` is a round floor, met by 2,012.
const TOLL_FLOOR_RE = /^(?:at least|no fewer than|no less than|a minimum of)\b/i;
const UPPER_BOUND_RE = /\b(?:at most|less than|fewer than|under|below|up to|nearly|almost|no more than|just under)\b/i;
// A numeral with decimals as written: `7.0`, `2,400.50`.
const WRITTEN_DECIMALS_RE = /\d[\d,]*\.(\d+)/;
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
  // A toll floor (`at least 2,012`) bounds, it does not soften: no approximation to hide a gap in.
  const isApproximate = (a.approximate && !ia.isFloor) || (b.approximate && !ib.isFloor);
  if (isApproximate && gap <= APPROXIMATE_GAP) return { agreement: 'minor', relativeGap: gap };
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
  return (Math.min(placeValue(quantity.value), writtenPlace(quantity)) / 2) * scale;
}

/** The place of the last digit as written: `magnitude 7.0` is given to the tenth, though its value is 7. */
function writtenPlace(quantity: Quantity): number {
  const decimals = WRITTEN_DECIMALS_RE.exec(quantity.text)?.[1];
  const written = Number(WRITTEN_DECIMALS_RE.exec(quantity.text)?.[0].replaceAll(',', ''));
  return decimals && written === Math.abs(quantity.value) ? 10 ** -Math.min(decimals.length, 6) : Number.POSITIVE_INFINITY;
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

interface Interval {
  low: number;
  high: number;
  bounded: boolean;
  /** A count's floor read as the count itself (`at least 2,059`). */
  isFloor?: boolean;
}

function interval(quantity: Quantity): Interval {
  const value = quantity.normalized.value;
  const qualifier = `${quantity.qualifier ?? ''} ${quantity.text}`;
  if (quantity.normalized.valueMax !== undefined) return { low: value, high: quantity.normalized.valueMax, bounded: true };
  if (LOWER_BOUND_RE.test(qualifier)) {
    const isTollFloor = quantity.dimension === 'count' && (TOLL_FLOOR_RE.test(quantity.qualifier ?? '') || (quantity.value >= 100 && placeValue(quantity.value) === 1));
    if (isTollFloor) return { low: value, high: value, bounded: false, isFloor: true };
    return { low: value, high: Number.POSITIVE_INFINITY, bounded: true };
  }
  if (UPPER_BOUND_RE.test(qualifier)) return { low: Number.NEGATIVE_INFINITY, high: value, bounded: true };
  return { low: value, high: value, bounded: false };
}
