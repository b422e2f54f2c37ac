import type { Quantity } from '../model/index.ts';
import { countContext } from './count-outcome.ts';
import { impliedCount } from './implied-counts.ts';
import { findMoney } from './money.ts';
import { tokenize, type Token } from './nlp.ts';
import { findNumbers, type NumberMatch } from './numbers.ts';
import { recognizeMeasures, type RecognizedMeasure } from './recognizers.ts';
import { readUnit } from './unit-rules.ts';
import { normalizeDuration, normalizeMeasure, type Normalized } from './units.ts';

export interface QuantityOptions {
  /** Tokens of the same text, when the caller has them already (they are needed for counted nouns). */
  tokens?: readonly Token[];
}

interface Candidate {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  /** `tens of millions`: approximate without a qualifier. */
  isVague?: boolean;
  unit: string;
  normalized: Normalized;
  /** What happened to what a count counts, when read with the count (`2,059 had been injured`). */
  outcome?: string;
}

// Words before a number that bound or soften it. `just`/`only` bound nothing: not approximate.
// `toll tops 2,100`, `passes 2,000`: a verb of passing a mark bounds the figure from below.
const QUALIFIER_RE =
  /(?:^|[\s(])((?:an estimated|approximately|approx\.|about|around|roughly|nearly|almost|some|close to|more than|fewer than|less than|over|under|at least|at most|up to|as many as|as much as|upwards of|well over|just over|just under|just|only|a mere|some|tops|topped|passes|passed|exceeds|exceeded|surpasses|surpassed|~)\s)$/i;
const EXACT_QUALIFIERS = new Set(['just', 'only', 'a mere']);
// Counted nouns that name an outcome: `2,012 deaths` counts people who died.
const OUTCOME_NOUNS: Readonly<Record<string, string>> = { death: 'dead', fatality: 'dead', casualty: 'casualties', injury: 'injured' };

/**
 * Every quantity in `text`: measures (by Recognizers-Text), money, percentages, durations, ages and
 * counted nouns, each with its span, approximation and value in a base unit (via `convert`).
 *
 * @example
 * extractQuantities('Vladivostok is 130 km (80 miles) from the border.')[1];
 * // { value: 80, unit: 'mile', text: '80 miles', start: 20, end: 28,
 * //   normalized: { value: 128.748, unit: 'km' }, dimension: 'length', approximate: false }
 */
export function extractQuantities(text: string, options: QuantityOptions = {}): Quantity[] {
  const numbers = findNumbers(text);
  if (numbers.length === 0) return [];
  const measures = recognizeMeasures(text);
  let tokens = options.tokens;
  const candidates: Candidate[] = [];
  for (const number of numbers) {
    const money = findMoney(text, number);
    if (money) {
      candidates.push({ ...money, ...bounds(number) });
      continue;
    }
    const measure = measures.find((m) => m.start < number.end && m.end > number.start);
    const fromMeasure = measure ? measureCandidate(number, measure) : undefined;
    if (fromMeasure) {
      candidates.push(fromMeasure);
      continue;
    }
    tokens ??= tokenize(text);
    const unit = readUnit(text, number, tokens) ?? impliedCount(text, number, qualifiedStart(text, number.start));
    if (unit) candidates.push({ ...unit, ...bounds(number) });
  }
  return joinRanges(text, withoutOverlaps(candidates)).map((candidate) => toQuantity(text, candidate));
}

// `5.25% to 5.5%`, `£1.2bn-£1.5bn`: two amounts of one unit joined by a dash or `to` make a range.
const RANGE_JOINT_RE = /^\s?(?:-|–|—|to)\s?$/;
const FROM_RE = /\bfrom\s$/i;

/** `between 5% and 7%`. */
function isBetween(text: string, low: Candidate, high: Candidate): boolean {
  return /\bbetween\s$/i.test(text.slice(Math.max(0, low.start - 8), low.start)) && /^\s+and\s+$/.test(text.slice(low.end, high.start));
}

function joinRanges(text: string, candidates: Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  for (const candidate of candidates) {
    const last = joined.at(-1);
    const isRange =
      last !== undefined && last.valueMax === undefined && candidate.valueMax === undefined &&
      last.normalized.unit === candidate.normalized.unit && last.normalized.value < candidate.normalized.value &&
      (RANGE_JOINT_RE.test(text.slice(last.end, candidate.start)) || isBetween(text, last, candidate)) &&
      // `rose from 5% to 7%` is a change between two values, not a range.
      !FROM_RE.test(text.slice(Math.max(0, last.start - 5), last.start));
    if (!last || !isRange) {
      joined.push(candidate);
      continue;
    }
    joined[joined.length - 1] = {
      ...last, end: candidate.end, valueMax: candidate.value,
      normalized: { ...last.normalized, valueMax: candidate.normalized.value },
    };
  }
  return joined;
}

/** A recognizer measure over this number; a range before it (`20 to 30 km`) widens it. */
function measureCandidate(number: NumberMatch, measure: RecognizedMeasure): Candidate | undefined {
  const valueMax = number.valueMax === undefined ? undefined : measure.value;
  const value = valueMax === undefined ? measure.value : number.value;
  const start = Math.min(number.start, measure.start);
  const end = Math.max(number.end, measure.end);
  if (measure.kind === 'age') {
    const normalized = normalizeDuration(value, valueMax, measure.unitName, 'age');
    return normalized && { start, end, value, valueMax, isVague: number.isVague, unit: measure.unitName.toLowerCase(), normalized };
  }
  const read = normalizeMeasure(value, valueMax, measure.unitName);
  return read && { start, end, value, valueMax, isVague: number.isVague, unit: read.unit, normalized: read.normalized };
}

function bounds(number: NumberMatch): Pick<Candidate, 'value' | 'valueMax' | 'isVague'> {
  const value = { value: number.value, isVague: number.isVague };
  return number.valueMax === undefined ? value : { ...value, valueMax: number.valueMax };
}

/** Earlier and longer candidates win; a later one that overlaps is dropped. */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept.at(-1);
    if (last && candidate.start < last.end) continue;
    kept.push(candidate);
  }
  return kept;
}

/** Where a number starts with the qualifier before it: `at least 2,012` starts at `at`. */
function qualifiedStart(text: string, start: number): number {
  return start - (QUALIFIER_RE.exec(text.slice(Math.max(0, start - 24), start))?.[1]?.length ?? 0);
}

function toQuantity(text: string, candidate: Candidate): Quantity {
  const start = qualifiedStart(text, candidate.start);
  const word = start < candidate.start ? text.slice(start, candidate.start).trim().toLowerCase() : undefined;
  const { value, valueMax, dimension } = candidate.normalized;
  // `2,012 deaths` and `2,012 people had died` count the same people; so do `persons` and `people`.
  const outcomeNoun = dimension === 'count' ? OUTCOME_NOUNS[candidate.normalized.unit] : undefined;
  const unit = outcomeNoun || candidate.normalized.unit === 'person' ? 'people' : candidate.normalized.unit;
  const outcome = dimension === 'count' ? (candidate.outcome ?? outcomeNoun ?? countContext(text, start, candidate.end).outcome) : undefined;
  const quantity: Quantity = {
    value: candidate.value,
    unit: candidate.unit,
    text: text.slice(start, candidate.end),
    start,
    end: candidate.end,
    normalized: valueMax === undefined ? { value, unit } : { value, valueMax, unit },
    dimension,
    approximate: candidate.isVague === true || (word !== undefined && !EXACT_QUALIFIERS.has(word)),
  };
  if (candidate.valueMax !== undefined) quantity.valueMax = candidate.valueMax;
  if (word) quantity.qualifier = word;
  if (outcome) quantity.outcome = outcome;
  return quantity;
}
