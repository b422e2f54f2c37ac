import { countContext, PEOPLE_OUTCOMES } from './count-outcome.ts';
import type { NumberMatch } from './numbers.ts';
import type { UnitMatch } from './unit-rules.ts';

const BARE_YEAR_RE = /^(?:1[89]|20)\d\d$/;
// `3D`, `4G`: a numeral glued to letters is a name or a code.
const GLUED_LETTER_RE = /^[\p{L}]/u;
// Nouns of people (`the number of persons killed`) count people.
const PERSON_RE = /^(?:person|persons)$/i;

/**
 * A count whose noun is not after the number but is known from what happened to it: `2,059 had been
 * injured`, `more than 2,000 killed`, `killing 12`, `the death toll rose to 2,012`, `the number of
 * people killed … has risen to 2,122`. People unless the words name another noun (`the number of
 * homes destroyed rose to 300` -> home). `start` is where the number begins with its qualifier.
 *
 * @example
 * impliedCount('The death toll rose to 2,012.', findNumbers('The death toll rose to 2,012.')[0], 23);
 * // { unit: 'people', outcome: 'dead', normalized: { value: 2012, unit: 'people', dimension: 'count' }, … }
 */
export function impliedCount(text: string, number: NumberMatch, start: number): (UnitMatch & { outcome: string }) | undefined {
  const written = text.slice(number.start, number.end);
  if (!Number.isInteger(number.value) || number.value < 0 || BARE_YEAR_RE.test(written)) return undefined;
  if (GLUED_LETTER_RE.test(text.slice(number.end, number.end + 1))) return undefined;
  const { outcome, noun } = countContext(text, start, number.end);
  // `45 destroyed` after `320 homes were damaged`: the noun is elided, and not people.
  if (!outcome || (!noun && !PEOPLE_OUTCOMES.has(outcome))) return undefined;
  const unit = !noun || PERSON_RE.test(noun) ? 'people' : singular(noun);
  const normalized = { value: number.value, unit, dimension: 'count' };
  return {
    start: number.start,
    end: number.end,
    unit,
    outcome,
    normalized: number.valueMax === undefined ? normalized : { ...normalized, valueMax: number.valueMax },
  };
}

/** `homes` -> `home`, `casualties` -> `casualty`; a rough rule for nouns read from plain text. */
function singular(noun: string): string {
  const lower = noun.toLowerCase();
  if (/ies$/.test(lower)) return lower.replace(/ies$/, 'y');
  return /[^s]s$/.test(lower) ? lower.slice(0, -1) : lower;
}
