import * as chrono from 'chrono-node';
import type { TimeExpression } from '../model/index.ts';
import { placeWeekday, withSentenceDay } from './day-rules.ts';

// Spaced clock abbreviations confuse chrono: `7 p. m.` -> `7 p.m. ` keeps every offset.
const SPACED_MERIDIEM_RE = /\b([ap])\. ([m])\./gi;
// Bare years and year ranges, which chrono leaves alone: `in 2019`, `between 2018 and 2019`.
const YEAR_RE =
  /\b(?:(?:between|from) ((?:19|20)\d\d) (?:and|to|until) ((?:19|20)\d\d)|(?:in|since|by|until|till|from|of|during|before|after|around|early|late|mid-?) ((?:19|20)\d\d))\b(?![-/]\d)/gi;
const VAGUE_RE = /\b(?:in|over|within) the (?:coming|next|past|last) (?:few )?(?:days|weeks|months|years)\b|\b(?:recently|soon|earlier this (?:week|month|year)|later this (?:week|month|year))\b/gi;
const PART_OF_DAY_RE = /\b(morning|afternoon|evening|night|overnight|midnight|noon|midday|dawn|dusk)\b/i;
const WEEK_RE = /\bweek(?:end)?\b/i;
const DURATION_RE =
  /^(?:in|for|within|after|over)\s+(?:about|around|some|roughly|nearly|approximately|almost|more than|less than)?\s*(?:[\d.,]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|several|a few)\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
// `in the last 10 minutes`: a span counted back from an event, not a date.
const SPAN_AFTER_THE_RE = /^(?:last|past|next|first|final|closing|opening)\s+(?:[\d.,]+|\w+)\s+(?:seconds?|minutes?|hours?)$/i;
// `steady at 5.25%`: a figure chrono took for a clock time.
const UNIT_AFTER_RE = /^\s?(?:%|per ?cent|percentage|basis|bn|m\b|million|billion)/i;
const RELATIVE_WORD_RE = /\b(?:this|last|next|past|coming|ago|yesterday|today|tonight|tomorrow|previous|following)\b/i;

/**
 * Time expressions in `text`, resolved with chrono-node against `referenceDate` (the article's date)
 * when given; without it, relative ones (`on Monday`, `last week`) stay unresolved. Bare years
 * (`in 2019`) and vague spans (`in the coming days`) are our own small rules.
 *
 * @example
 * resolveTimes('The train left on Sunday afternoon.', '2023-09-11')[0];
 * // { text: 'on Sunday afternoon', resolved: '2023-09-10', grain: 'part-of-day', relative: true, partOfDay: 'afternoon', … }
 */
export function resolveTimes(text: string, referenceDate?: string | Date): TimeExpression[] {
  const reference = toDate(referenceDate);
  const prepared = text.replace(SPACED_MERIDIEM_RE, (_, a: string, m: string) => `${a}.${m}. `);
  const found: TimeExpression[] = [];
  const clocks: TimeExpression[] = [];
  const days: TimeExpression[] = [];
  const parsed = chrono.parse(prepared, { instant: reference ?? new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  for (const result of parsed) {
    const expression = fromChrono(text, result, reference);
    if (!expression) continue;
    const namesDay = result.start.isCertain('day') || result.start.isCertain('weekday');
    if (namesDay) days.push(expression);
    else if (expression.grain === 'time') clocks.push(expression);
    else found.push(expression);
  }
  // A bare clock time (`at 1:28 a.m.`) belongs to the day its sentence names, not to the article's.
  found.push(...days, ...clocks.map((clock) => withSentenceDay(clock, days, text)));
  for (const match of text.matchAll(YEAR_RE)) {
    const from = match[1] ?? match[3] ?? '';
    const expression: TimeExpression = {
      text: match[0], start: match.index, end: match.index + match[0].length,
      resolved: `${from}-01-01`, grain: 'year', relative: false,
    };
    if (match[2]) expression.resolvedEnd = `${match[2]}-12-31`;
    found.push(expression);
  }
  for (const match of text.matchAll(VAGUE_RE)) {
    found.push({ text: match[0], start: match.index, end: match.index + match[0].length, grain: 'day', relative: true });
  }
  return withoutOverlaps(found);
}

function fromChrono(text: string, result: chrono.ParsedResult, reference: Date | undefined): TimeExpression | undefined {
  const written = text.slice(result.index, result.index + result.text.length).replace(/[\s,;:]+$/, '');
  // A lone number is a quantity; `in about 20 hours` is a duration, not a date.
  if (/^\d+$/.test(written) || DURATION_RE.test(written)) return undefined;
  if (SPAN_AFTER_THE_RE.test(written) && /\bthe\s$/i.test(text.slice(Math.max(0, result.index - 4), result.index))) return undefined;
  if (UNIT_AFTER_RE.test(text.slice(result.index + written.length, result.index + written.length + 12))) return undefined;
  const start = result.start;
  const tags = start.tags();
  const relative =
    !start.isCertain('year') || RELATIVE_WORD_RE.test(written) || [...tags].some((tag) => /relative|casual/i.test(tag));
  const partOfDay = PART_OF_DAY_RE.exec(written)?.[1]?.toLowerCase();
  const grain = start.isCertain('hour') && !partOfDay ? 'time'
    : partOfDay ? 'part-of-day'
    : WEEK_RE.test(written) ? 'week'
    : start.isCertain('day') || start.isCertain('weekday') ? 'day'
    : start.isCertain('month') ? 'month'
    : 'year';
  const expression: TimeExpression = { text: written, start: result.index, end: result.index + written.length, grain, relative };
  if (partOfDay) expression.partOfDay = partOfDay;
  if (reference || !relative) {
    let date = start.date();
    const onlyWeekday = start.isCertain('weekday') && !start.isCertain('day');
    if (reference && onlyWeekday) date = placeWeekday(date, reference, text, result.index);
    expression.resolved = iso(date, grain === 'time');
    if (result.end) expression.resolvedEnd = iso(result.end.date(), grain === 'time');
  }
  return expression;
}

function iso(date: Date, withTime: boolean): string {
  const text = date.toISOString();
  return withTime ? text.slice(0, 16) : text.slice(0, 10);
}

function toDate(value: string | Date | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T12:00:00Z`) : value;
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function withoutOverlaps(found: TimeExpression[]): TimeExpression[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TimeExpression[] = [];
  for (const expression of sorted) {
    const last = kept.at(-1);
    if (last && expression.start < last.end) continue;
    kept.push(expression);
  }
  return kept;
}
