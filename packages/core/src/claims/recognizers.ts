import { recognizeAge, recognizeDimension, recognizeTemperature } from '@microsoft/recognizers-text-number-with-unit';

/** A measure Recognizers-Text found: `130 km`, `37 miles per hour`, `18-month-old`, `40C`. */
export interface RecognizedMeasure {
  kind: 'dimension' | 'age' | 'temperature';
  value: number;
  /** The recognizer's unit name: `Kilometer`, `Mile per hour`, `Month`, `C`. */
  unitName: string;
  start: number;
  end: number;
}

const CULTURE = 'en-us';
// Unit words the recognizers know, as a cheap gate: they run at ~0.15 MB/s, so only sentences with
// a number near one of these words are handed to them.
const UNIT_HINT_RE =
  /\d(?:\s?(?:mm|cm|km|ft|kg|lbs?|mph|kph|°[CF]?)|(?:m|in|g|t|[CF]))\b|(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand)\b)[^.!?\n]{0,24}?\b(?:kilomet|kilometr|met(?:er|re)s?|mile|millimet|centimet|inch|feet|foot|yards?\b|kilo|gram|tonn?e|tons?\b|pounds?\b|stones?\b|ounce|lit(?:er|re)|gallon|barrel|acre|hectare|square|cubic|knot|degree|celsius|fahrenheit|-?(?:year|month|week|day)s?[- ]old|aged)/i;
const CHUNK_END_RE = /[.!?]\s|\n/g;

/**
 * Dimensions, ages and temperatures in `text`, by Microsoft Recognizers-Text, run one sentence at a
 * time and only on sentences that hint at a unit. Offsets index `text`; `end` is exclusive.
 *
 * @example
 * recognizeMeasures('It is 130 km (80 miles) away.').map((m) => m.unitName); // ['Kilometer', 'Mile']
 */
export function recognizeMeasures(text: string): RecognizedMeasure[] {
  const found: RecognizedMeasure[] = [];
  for (const [start, end] of chunks(text)) {
    const chunk = text.slice(start, end);
    if (!UNIT_HINT_RE.test(chunk)) continue;
    const runs = [
      ['dimension', recognizeDimension(chunk, CULTURE)],
      ['age', recognizeAge(chunk, CULTURE)],
      ['temperature', recognizeTemperature(chunk, CULTURE)],
    ] as const;
    for (const [kind, results] of runs) {
      for (const result of results) {
        const resolution = result.resolution as { value?: string | null; unit?: string } | undefined;
        const value = Number(resolution?.value);
        if (!resolution?.unit || resolution.value == null || Number.isNaN(value)) continue;
        // The recognizer's `end` is inclusive.
        found.push({ kind, value, unitName: resolution.unit, start: start + result.start, end: start + result.end + 1 });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Sentence-sized pieces of `text` as `[start, end)` pairs. */
function chunks(text: string): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = 0;
  for (const match of text.matchAll(CHUNK_END_RE)) {
    const end = match.index + 1;
    if (end > start) pieces.push([start, end]);
    start = match.index + match[0].length;
  }
  if (start < text.length) pieces.push([start, text.length]);
  return pieces;
}
