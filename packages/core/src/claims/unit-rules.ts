import { attributiveMeasure } from './attributive-measures.ts';
import type { Token } from './nlp.ts';
import type { NumberMatch } from './numbers.ts';
import { normalizeDuration, type Normalized } from './units.ts';

/** A unit read after a number by a rule of ours: percentages, durations, ages, counted nouns. */
export interface UnitMatch {
  start: number;
  end: number;
  unit: string;
  normalized: Normalized;
}

const PERCENT_RE = /^\s?(%|per ?cent\b|percentage points?\b|basis points?\b)/i;
// `Daniel Okoro, 42, from Croydon`: a small number set off by commas right after a name is an age.
// `The singer, 52,`: or a noun that names a person.
const NAME_BEFORE_RE =
  /(?:\p{Lu}[\p{L}'’-]*|\b(?:man|woman|boy|girl|singer|actor|actress|driver|rider|victim|suspect|mother|father|son|daughter|wife|husband|teacher|nurse|doctor|player|star|pensioner|resident|officer|student|worker|survivor|passenger|pilot|defendant|musician|presenter|writer|author|artist|chef|mum|dad)),\s$/u;
const AGE_APPOSITION_AFTER_RE = /^(?:,|\s(?:from|of|and|who|was|is|has|had|died|said)\b|\.(?:\s|$))/;
// `3D`, `4G`, `4x100m`: a numeral glued to letters is a name or a code, not a count.
const GLUED_LETTER_RE = /^[\p{L}]/u;
// Earthquake magnitudes: `a 7.8 magnitude quake`, `magnitude 6.1`.
const MAGNITUDE_AFTER_RE = /^[\s-]magnitude\b/i;
const MAGNITUDE_BEFORE_RE = /\bmagnitude(?: of)?\s$/i;
const TIME_UNIT = '(second|minute|hour|day|week|fortnight|month|year|decade|century|centuries)s?';
const AGE_AFTER_RE = new RegExp(`^[\\s-]${TIME_UNIT}[\\s-]old\\b`, 'i');
const DURATION_RE = new RegExp(`^[\\s-]${TIME_UNIT}\\b(?![\\s-]old)`, 'i');
const AGED_BEFORE_RE = /\baged\s$/i;
const BARE_YEAR_RE = /^(?:1[89]|20)\d\d$/;
const DATE_NOUN_RE = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|p\.m\.|a\.m\.|pm|am|gmt|bst|utc|o'clock)$/i;
const SCALED_RE = /(?:million|billion|trillion|bn|mn)$/i;
const NOUN_POS = new Set(['NOUN', 'PROPN']);
// Heads that name something done to their modifier: `1,200 job cuts` counts jobs, `300 flight
// cancellations` flights; any other compound counts its head (`three car bombs` counts bombs).
const EVENT_HEADS = new Set([
  'cut', 'loss', 'closure', 'cancellation', 'cancelation', 'reduction', 'layoff', 'shutdown', 'redundancy', 'sale',
  'purchase', 'delivery', 'order', 'gain', 'increase', 'decrease', 'delay', 'removal', 'addition', 'creation',
]);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * A unit we read ourselves after `number`: `%`, a duration (`five to six hours`), an age
 * (`aged 72`) or, given tokens, the noun it counts (`twenty bulletproof carriages` -> `carriage`).
 *
 * @example
 * readUnit('about 20 hours', findNumbers('about 20 hours')[0], []); // { unit: 'hour', normalized: { value: 72000, unit: 's', dimension: 'duration' }, … }
 */
export function readUnit(text: string, number: NumberMatch, tokens: readonly Token[]): UnitMatch | undefined {
  const after = text.slice(number.end, number.end + 40);
  const percent = PERCENT_RE.exec(after);
  if (percent) {
    const isPoints = /points?$/i.test(percent[1] ?? '');
    const unit = isPoints ? 'percentage point' : '%';
    // 100 basis points make one percentage point.
    const factor = /^basis/i.test(percent[1] ?? '') ? 0.01 : 1;
    return at(number, percent[0].length, unit, { ...range(number, factor), unit, dimension: 'ratio' });
  }
  const magnitude = MAGNITUDE_AFTER_RE.exec(after);
  // `magnitude 6.8`: the word before belongs to the figure as written.
  const magnitudeBefore = MAGNITUDE_BEFORE_RE.exec(text.slice(Math.max(0, number.start - 16), number.start));
  if (magnitude || magnitudeBefore) {
    const read = at(number, magnitude?.[0].length ?? 0, 'magnitude', { ...range(number), unit: 'magnitude', dimension: 'magnitude' });
    return magnitudeBefore ? { ...read, start: number.start - magnitudeBefore[0].length } : read;
  }
  const age = AGE_AFTER_RE.exec(after);
  const aged = AGED_BEFORE_RE.test(text.slice(Math.max(0, number.start - 6), number.start));
  const duration = age ?? DURATION_RE.exec(after);
  if (duration) {
    const unit = singular(duration[1] ?? '');
    const normalized = normalizeDuration(number.value, number.valueMax, unit, age ? 'age' : 'duration');
    if (normalized) return at(number, duration[0].length, unit, normalized);
  }
  const isApposed = NAME_BEFORE_RE.test(text.slice(Math.max(0, number.start - 40), number.start)) && AGE_APPOSITION_AFTER_RE.test(after);
  if (aged || (isApposed && Number.isInteger(number.value) && number.value > 0 && number.value < 120)) {
    const normalized = normalizeDuration(number.value, number.valueMax, 'year', 'age');
    if (normalized) return at(number, 0, 'year', normalized);
  }
  return attributiveMeasure(text, number) ?? countedNoun(text, number, tokens);
}

/** `2,000 people`, `tens of millions of … shells`: the head of the noun phrase after the number. */
function countedNoun(text: string, number: NumberMatch, tokens: readonly Token[]): UnitMatch | undefined {
  const written = text.slice(number.start, number.end);
  // Years are times; `one` is mostly a pronoun; counts are whole (`7.8 magnitude quake` is no count).
  if (BARE_YEAR_RE.test(written) || /^(?:an? |)one$/i.test(written) || !Number.isInteger(number.value)) return undefined;
  if (GLUED_LETTER_RE.test(text.slice(number.end, number.end + 1))) return undefined;
  let i = tokens.findIndex((token) => token.start >= number.end);
  if (i < 0 || (tokens[i]?.start ?? 0) - number.end > 1) return undefined;
  // `Boeing 737`, `Max 9`, `Article 50`: a numeral right after a name is part of the name.
  const previous = tokens[tokens.findIndex((token) => token.start >= number.start) - 1];
  if (previous?.pos === 'PROPN' && /^\p{Lu}/u.test(previous.text) && !DATE_NOUN_RE.test(previous.text) && number.start - previous.end === 1) {
    return undefined;
  }
  if (number.isVague && tokens[i]?.lemma === 'of') i += 1;
  // `all 24 of its aircraft`, `two of the camps`.
  else if (tokens[i]?.lemma === 'of' && /^(?:DET|PRON)$/.test(tokens[i + 1]?.pos ?? '')) i += 2;
  let head: Token | undefined;
  for (let steps = 0; i < tokens.length && steps < 9; i++, steps++) {
    const token = tokens[i];
    if (!token) break;
    const next = tokens[i + 1];
    // Adjectives come before the head: `passengers last year` ends at `passengers`.
    const isModifier = MODIFIER_POS.has(token.pos) && !(head && token.pos === 'ADJ');
    // `1,500 new homes` (a tagger's adverb before an adjective or noun), `Boeing 737 Max 9 aircraft`.
    const beforeModifier = next !== undefined && MODIFIER_POS.has(next.pos);
    const isInnerWord = beforeModifier && ((!head && token.pos === 'ADV') || (token.pos === 'NUM' && tokens[i - 1]?.pos === 'PROPN'));
    if (isModifier || isInnerWord || isHyphenInWord(token, next) || isParticiple(token, next)) {
      if (NOUN_POS.has(token.pos)) head = token;
      continue;
    }
    // `artillery and rocket shells`: coordination only after a singular head.
    const coordinates = token.pos === 'CCONJ' && head && head.lemma === head.text.toLowerCase();
    if (coordinates && next && MODIFIER_POS.has(next.pos)) continue;
    break;
  }
  if (!head || DATE_NOUN_RE.test(head.text)) return bareScaled(text, number);
  const modifier = tokens[tokens.indexOf(head) - 1];
  const counted = EVENT_HEADS.has(head.lemma) && modifier?.pos === 'NOUN' && modifier.start > number.end ? modifier : head;
  // `co-stars` -> `co-star`: the tagger leaves hyphenated plurals alone.
  const unit = counted.pos === 'PROPN' ? counted.text.replace(/s$/, '') : counted.lemma.includes('-') ? counted.lemma.replace(/(?<=[^s])s$/, '') : counted.lemma;
  return { start: number.start, end: head.end, unit, normalized: { ...range(number), unit, dimension: 'count' } };
}

/** `grown to 7.6 million`: a scaled number with no noun still counts something. */
function bareScaled(text: string, number: NumberMatch): UnitMatch | undefined {
  if (!SCALED_RE.test(text.slice(number.start, number.end))) return undefined;
  return { start: number.start, end: number.end, unit: 'number', normalized: { ...range(number), unit: 'number', dimension: 'count' } };
}

function isHyphenInWord(token: Token, next: Token | undefined): boolean {
  return token.text === '-' && next !== undefined && next.start === token.end;
}

/** `Soviet-designed artillery`: a past participle used as an adjective before a noun. */
function isParticiple(token: Token, next: Token | undefined): boolean {
  return token.pos === 'VERB' && /(?:ed|en)$/.test(token.text) && next !== undefined && MODIFIER_POS.has(next.pos);
}

function at(number: NumberMatch, length: number, unit: string, normalized: Normalized): UnitMatch {
  return { start: number.start, end: number.end + length, unit, normalized };
}

function range(number: NumberMatch, factor = 1): Pick<Normalized, 'value' | 'valueMax'> {
  const value = number.value * factor;
  return number.valueMax === undefined ? { value } : { value, valueMax: number.valueMax * factor };
}

function singular(unit: string): string {
  const lower = unit.toLowerCase();
  return lower === 'centuries' ? 'century' : lower;
}
