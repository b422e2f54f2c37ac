import * as chrono from 'chrono-node';
import type { TimeExpression } from '../model/index.ts';

/** A time expression placed on the calendar where its article allows. */
export interface PlacedTime {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as fine as the expression's grain. */
  date?: string;
  partOfDay?: string;
  /** `as early as Tuesday`, `by Friday`, `Tuesday or Wednesday`: a bound or a choice, never a point. */
  bounded: boolean;
  weekday?: string;
  /** `HH:mm` for a clock time (`1:28 a.m.`). */
  clock?: string;
  /** A clock time that names no day: its day is only the article's, so only the clock compares. */
  dayInferred?: boolean;
}

const PART_OF_DAY_RE = /\b(morning|dawn|midday|noon|afternoon|evening|night|midnight)\b/i;
const WEEKDAY_RE = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const BOUND_RE = /\b(?:as early as|as late as|by|before|after|since|until|till|no later than|no earlier than|or|between)\b/i;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})/;
const YEAR_RE = /\b(1[89]\d\d|20\d\d)\b/;
// Words that name a day: without one, `1:28 a.m.` takes its day from the article alone.
const DAY_NAMED_RE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\d{1,2}\/\d{1,2}|\d{4}-\d{2}-\d{2}/i;
const CLOCK_RE = /T(\d{2}:\d{2})/;
// Clock times this many minutes apart are one time told two ways (`1:28` and `around 1:30`).
const SAME_CLOCK_MINUTES = 5;
const WEEK_DAYS = 7;
const VAGUE_RE = /^(?:now|currently|recently|soon|later|earlier|previously|then|today|these days|at the time)$/i;
// Parts of the day that blur into each other are not a disagreement.
const NEIGHBOURS: ReadonlyArray<readonly [string, string]> = [
  ['evening', 'night'],
  ['night', 'midnight'],
  ['midday', 'afternoon'],
  ['morning', 'midday'],
  ['dawn', 'morning'],
  ['midday', 'noon'],
  ['noon', 'afternoon'],
];

/**
 * Place a time expression: its own resolution if the claims stage gave one, else resolved against the
 * article's date with chrono (or a year it names), else only its weekday and part of day.
 *
 * @example
 * placeTime({ text: 'on Sunday night', relative: true, grain: 'part-of-day', … }, '2023-09-11');
 * // { date: '2023-09-10', partOfDay: 'night', weekday: 'sunday', bounded: false }
 */
export function placeTime(time: TimeExpression, articleDate: string | undefined): PlacedTime {
  const placed: PlacedTime = { bounded: BOUND_RE.test(time.text) || time.resolvedEnd !== undefined };
  const part = (time.partOfDay ?? PART_OF_DAY_RE.exec(time.text)?.[1])?.toLowerCase();
  if (part) placed.partOfDay = part;
  const weekday = WEEKDAY_RE.exec(time.text)?.[1]?.toLowerCase();
  if (weekday) placed.weekday = weekday;
  const resolved = time.resolved ?? resolveAgainst(time.text, articleDate);
  if (resolved) placed.date = truncate(resolved, time.grain);
  const clock = time.grain === 'time' ? CLOCK_RE.exec(resolved ?? '')?.[1] : undefined;
  if (clock) {
    placed.clock = clock;
    if (!DAY_NAMED_RE.test(time.text)) placed.dayInferred = true;
  }
  return placed;
}

/**
 * How two placings of one event relate: `same`, `minor` (same day, different part of it), `major`
 * (different days, months or years) or `unknown` (a bound, or too little to compare).
 */
export function compareTimes(a: PlacedTime, b: PlacedTime): 'same' | 'minor' | 'major' | 'unknown' {
  if (a.bounded || b.bounded) return 'unknown';
  if (a.dayInferred || b.dayInferred) return a.clock && b.clock ? compareClocks(a.clock, b.clock) : 'unknown';
  if (a.date && b.date) {
    const length = Math.min(a.date.length, b.date.length, 10);
    if (a.date.slice(0, length) !== b.date.slice(0, length) && !sameWeekdayAWeekApart(a, b)) return 'major';
    if (length < 10) return 'unknown';
  } else if (!(a.weekday && a.weekday === b.weekday)) {
    return 'unknown';
  }
  if (a.clock && b.clock) return compareClocks(a.clock, b.clock);
  if (a.partOfDay && b.partOfDay && !sameTimeOfDay(a.partOfDay, b.partOfDay)) return 'minor';
  return 'same';
}

function compareClocks(a: string, b: string): 'same' | 'minor' {
  const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  return Math.abs(minutes(a) - minutes(b)) <= SAME_CLOCK_MINUTES ? 'same' : 'minor';
}

/** `on Tuesday evening` read as this Tuesday by one outlet and last Tuesday by another: one weekday. */
function sameWeekdayAWeekApart(a: PlacedTime, b: PlacedTime): boolean {
  if (!a.weekday || a.weekday !== b.weekday || !a.date || !b.date) return false;
  const days = Math.abs(Date.parse(a.date.slice(0, 10)) - Date.parse(b.date.slice(0, 10))) / 86_400_000;
  return days === WEEK_DAYS;
}

function sameTimeOfDay(a: string, b: string): boolean {
  return a === b || NEIGHBOURS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** True for times that place nothing: `now`, `recently`. */
export function isVague(text: string): boolean {
  return VAGUE_RE.test(text.trim());
}

/**
 * Resolve with chrono against the article's date; without one, only expressions naming a year, read
 * against the middle of that year (never against today: the output must not depend on the clock).
 */
function resolveAgainst(text: string, articleDate: string | undefined): string | undefined {
  if (articleDate) return resolveRelative(text, articleDate);
  const year = YEAR_RE.exec(text)?.[1];
  return year ? resolveRelative(text, `${year}-07-01`) : undefined;
}

function resolveRelative(text: string, reference: string): string | undefined {
  const match = ISO_DATE_RE.exec(reference);
  if (!match) return undefined;
  const instant = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  const result = chrono.parse(text, { instant, timezone: 0 })[0];
  if (!result) return undefined;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  return `${result.start.get('year')}-${pad(result.start.get('month'))}-${pad(result.start.get('day'))}`;
}

function truncate(date: string, grain: TimeExpression['grain']): string {
  if (grain === 'year') return date.slice(0, 4);
  if (grain === 'month') return date.slice(0, 7);
  return date.slice(0, 10);
}
