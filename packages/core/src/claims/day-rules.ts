import type { TimeExpression } from '../model/index.ts';

const DAY_MS = 86_400_000;
const WEEK_DAYS = 7;
// A weekday in a past-tense report means the last one, unless the sentence looks ahead.
const FUTURE_RE = /\b(?:will|would|to be|expected|as early as|plans?|planned|scheduled|due|next|upcoming|set to|could|may|might)\b/i;
// Words before a weekday that put it ahead of the article's day: `will travel to Brussels on Monday`.
const AHEAD_RE = /\b(?:will|shall|to be held|scheduled|due|next|upcoming|set to|as early as|plans? to|(?:is|are) to|expected to)\b/i;
// `said on Monday`, `announced Tuesday`: the weekday of the report itself, which lies behind.
const REPORT_BEFORE_RE = /\b(?:said|told \w+|announced|confirmed|reported|stated|added|wrote)\s+(?:on\s+|late\s+|early\s+)?$/i;
const STOP_RE = /[.!?]["”’)]?\s+(?=["“‘(\p{Lu}\d])|\n/gu;
// A full stop after an initial, `a.m.` or a title ends no sentence.
const ABBREVIATION_RE = /(?:\b\p{L}|\b(?:Mr|Mrs|Ms|Dr|St|Gov|Gen|Sen|Rep|Adm|Lt|Col|Capt|Sgt|Prof|No))$/u;

/**
 * The day a weekday stands for, against the article's day (compared as days, not instants: `Tuesday
 * evening` in Tuesday's paper is that day): the last such day on or before it in a report, the next on
 * or after it where the words before it look ahead; a weekday right after `said` is the report's own.
 *
 * @example
 * placeWeekday(mondayBefore, wednesday, 'The minister will travel on Monday.', 30); // the Monday after
 */
export function placeWeekday(date: Date, reference: Date, text: string, index: number): Date {
  const [start, end] = sentenceBounds(text, index);
  const days = dayNumber(date) - dayNumber(reference);
  const isReport = REPORT_BEFORE_RE.test(text.slice(Math.max(start, index - 40), index));
  if (days > 0 && (isReport || !FUTURE_RE.test(text.slice(start, end)))) return shift(date, -WEEK_DAYS);
  if (days < 0 && !isReport && AHEAD_RE.test(text.slice(start, index))) return shift(date, WEEK_DAYS);
  return date;
}

/**
 * A clock time that names no day takes the day named nearest to it in its sentence:
 * `early Tuesday, … at 1:28 a.m.` -> Tuesday at 1:28, whatever the article's date.
 *
 * @example
 * withSentenceDay(clock, [tuesday], text); // { …clock, resolved: '2024-03-26T01:28' }
 */
export function withSentenceDay(clock: TimeExpression, days: readonly TimeExpression[], text: string): TimeExpression {
  const [start, end] = sentenceBounds(text, clock.start);
  const near = days
    .filter((day) => day.resolved !== undefined && day.start >= start && day.end <= end)
    .sort((a, b) => distance(a, clock) - distance(b, clock) || a.start - b.start)[0];
  if (!near?.resolved || !clock.resolved) return clock;
  return { ...clock, resolved: `${near.resolved.slice(0, 10)}${clock.resolved.slice(10)}` };
}

/** `[start, end)` of the sentence around `index`, by full stops that are no abbreviation's. */
function sentenceBounds(text: string, index: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(STOP_RE)) {
    if (match[0] !== '\n' && ABBREVIATION_RE.test(text.slice(Math.max(0, match.index - 5), match.index))) continue;
    const after = match.index + match[0].length;
    if (after <= index) start = after;
    else {
      end = match.index + 1;
      break;
    }
  }
  return [start, end];
}

function distance(a: TimeExpression, b: TimeExpression): number {
  return a.start >= b.end ? a.start - b.end : b.start - a.end;
}

function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

function shift(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}
