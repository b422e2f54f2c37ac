import type { NumberMatch } from './numbers.ts';
import { normalizeMeasure, type Normalized } from './units.ts';

/** A measure written as a compound modifier: `300-metre`, `5-tonne`, `12-kilometre`. */
export interface AttributiveMeasure {
  start: number;
  end: number;
  unit: string;
  normalized: Normalized;
}

// Unit names (general knowledge) that news writes hyphenated before a noun. Recognizers-Text reads
// `300 metres` and `984-foot` but not `300-metre` or `5-tonne`, and the counted-noun rule would then
// count the noun after it (`300-metre Dali` -> 300 Dali).
const HYPHENATED_UNIT_RE =
  /^-((?:kilo|centi|milli)?met(?:re|er)s?|km|cm|mm|miles?|yards?|f(?:oo|ee)t|inch(?:es)?|tonnes?|tons?|kilo(?:gram)?s?|kg|grams?|pounds?|lbs?|ounces?|stones?|(?:kilo|milli)?lit(?:re|er)s?|gallons?|acres?|hectares?)\b/i;
// `convert` and our unit table spell units the American way and in the singular.
const SPELLING: Readonly<Record<string, string>> = { feet: 'foot', tonne: 'metric ton', kilo: 'kilogram', lbs: 'lb', inches: 'inch' };

/**
 * A unit joined to `number` by a hyphen, read as a measure of the thing it modifies:
 * `The 300-metre Dali` is a length, not a count of Dali.
 *
 * @example
 * attributiveMeasure('a 5-tonne truck', findNumbers('a 5-tonne truck')[0]); // { unit: 'tonne', normalized: { value: 5000, unit: 'kg', dimension: 'mass' }, … }
 */
export function attributiveMeasure(text: string, number: NumberMatch): AttributiveMeasure | undefined {
  const match = HYPHENATED_UNIT_RE.exec(text.slice(number.end, number.end + 16));
  if (!match) return undefined;
  const read = normalizeMeasure(number.value, number.valueMax, unitName(match[1] ?? ''));
  if (!read) return undefined;
  return { start: number.start, end: number.end + match[0].length, unit: read.unit, normalized: read.normalized };
}

/** `metres` -> `meter`, `tonnes` -> `metric ton`, `feet` -> `foot`. */
function unitName(word: string): string {
  const lower = word.toLowerCase();
  const singular = SPELLING[lower] ?? (lower.endsWith('s') && lower.length > 3 ? lower.slice(0, -1) : lower);
  const american = singular.replace(/tre$/, 'ter');
  return SPELLING[american] ?? american;
}
