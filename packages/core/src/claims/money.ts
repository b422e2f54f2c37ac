import { COUNTRIES } from './countries.ts';
import type { NumberMatch } from './numbers.ts';
import { round, type Normalized } from './units.ts';

/** An amount of money found around a number: `£12.5bn`, `USD 40m`, `2.5 billion dollars`, `45p`. */
export interface MoneyMatch {
  start: number;
  end: number;
  unit: string;
  normalized: Normalized;
}

// The bare symbols and names news copy uses; a country-qualified name (`Australian dollars`) is
// looked up in world-countries' currency data instead.
const SYMBOLS: Record<string, string> = {
  $: 'USD', 'US$': 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW',
  'A$': 'AUD', 'C$': 'CAD', 'HK$': 'HKD', 'NZ$': 'NZD', 'R$': 'BRL', Rs: 'INR',
};
const NAMES: Record<string, [code: string, factor: number]> = {
  dollar: ['USD', 1], pound: ['GBP', 1], sterling: ['GBP', 1], euro: ['EUR', 1], yen: ['JPY', 1],
  yuan: ['CNY', 1], renminbi: ['CNY', 1], rupee: ['INR', 1], rouble: ['RUB', 1], ruble: ['RUB', 1],
  franc: ['CHF', 1], penny: ['GBP', 0.01], pence: ['GBP', 0.01], p: ['GBP', 0.01], cent: ['USD', 0.01],
};
const QUALIFIED = new Map<string, string>();
for (const country of COUNTRIES) {
  for (const [code, currency] of Object.entries(country.currencies ?? {})) {
    QUALIFIED.set(currency.name.toLowerCase(), code);
  }
}
const ISO_CODES = new Set([...QUALIFIED.values()]);

const PREFIX_RE = /(?:(US\$|A\$|C\$|HK\$|NZ\$|R\$|[$£€¥₹₽₩])|\b(Rs\.?|[A-Z]{3})\s?)$/;
const GLUED_SCALE_RE = /^(bn|m|mn|k|tn)\b/i;
const SCALES: Record<string, number> = { bn: 1e9, m: 1e6, mn: 1e6, k: 1e3, tn: 1e12 };
const SUFFIX_RE = /^\s?((?:[A-Z][a-z]+ )?(?:[A-Z][a-z]+ )?(?:dollar|pound|euro|yen|yuan|renminbi|rupee|rouble|ruble|franc|penny|pence|cent|real|rand|won|lira|peso|naira|shekel|dirham|riyal|krona|krone|zloty|hryvnia)s?\b(?: sterling)?|p\b(?!\.)|sterling\b)/;

/**
 * Money around a number: a currency symbol or ISO code before it (`£40m`, `USD 3bn`) or a currency
 * name after it (`30 cents`, `2.5 billion Australian dollars`).
 *
 * @example
 * findMoney('£12.5bn', findNumbers('£12.5bn')[0]); // { start: 0, end: 7, unit: 'GBP', normalized: { value: 1.25e10, unit: 'GBP', dimension: 'money' } }
 */
export function findMoney(text: string, number: NumberMatch): MoneyMatch | undefined {
  const before = PREFIX_RE.exec(text.slice(Math.max(0, number.start - 4), number.start));
  const code = before ? (before[1] ? SYMBOLS[before[1]] : isoCode(before[2] ?? '')) : undefined;
  if (before && code) {
    const glued = GLUED_SCALE_RE.exec(text.slice(number.end));
    const scale = glued ? (SCALES[(glued[1] ?? '').toLowerCase()] ?? 1) : 1;
    const start = number.start - before[0].length;
    const end = number.end + (glued ? (glued[0] ?? '').length : 0);
    return money(start, end, code, scale, number);
  }
  // `481.42m yuan`: a scale glued to the digits before the currency's name.
  const gluedScale = GLUED_SCALE_RE.exec(text.slice(number.end, number.end + 3));
  const scaleLength = gluedScale ? (gluedScale[0] ?? '').length : 0;
  const after = SUFFIX_RE.exec(text.slice(number.end + scaleLength, number.end + scaleLength + 40));
  if (!after || (scaleLength > 0 && !/^\s/.test(after[0]))) return undefined;
  const named = nameToCode((after[1] ?? '').trim());
  if (!named) return undefined;
  const scale = gluedScale ? (SCALES[(gluedScale[1] ?? '').toLowerCase()] ?? 1) : 1;
  return money(number.start, number.end + scaleLength + after[0].length, named[0], named[1] * scale, number);
}

function money(start: number, end: number, code: string, factor: number, number: NumberMatch): MoneyMatch {
  const normalized: Normalized = { value: round(number.value * factor), unit: code, dimension: 'money' };
  if (number.valueMax !== undefined) normalized.valueMax = round(number.valueMax * factor);
  return { start, end, unit: code, normalized };
}

function isoCode(written: string): string | undefined {
  const code = written.replace(/\.$/, '');
  if (code in SYMBOLS) return SYMBOLS[code];
  return ISO_CODES.has(code) ? code : undefined;
}

/** `Australian dollars` -> AUD; `pence` -> GBP at 0.01; `pounds sterling` -> GBP. */
function nameToCode(written: string): [string, number] | undefined {
  const lower = written.toLowerCase().replace(/ sterling$/, '');
  const singular = lower.replace(/(?<=[a-z])s$/, '');
  const qualified = QUALIFIED.get(singular) ?? QUALIFIED.get(lower);
  if (qualified) return [qualified, 1];
  const head = singular.split(' ').at(-1) ?? '';
  return NAMES[head] ?? NAMES[lower];
}
