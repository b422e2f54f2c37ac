import * as chrono from 'chrono-node';

// A date line says so (`Published: 11 September 2023`, a byline `By Jane Doe | March 5, 2024`) or is
// little else (`Monday, 11 September 2023`).
const DATE_CUE_RE = /\b(?:published|updated|posted|first published|last (?:updated|modified)|date)\b|^by\s/i;
const MAX_DATE_LINE = 90;
const MAX_WORDS_BESIDE_DATE = 1;
const WORD_RE = /\p{L}{2,}/gu;
// Where sites print the date: a few lines under the headline, or in the footer.
const HEAD_LINES = 6;
const TAIL_LINES = 8;

/**
 * The publication date a text states about itself, from a date line near its top or bottom:
 * a line with a cue word (`Published`, `Updated`, `Posted`) or one that is mostly a full date.
 * Dates mentioned in the story itself are never taken for the publication date.
 *
 * @example
 * inferPublishedDate('Flood closes bridge\nPublished: 5 March 2024\n\nThe river rose.') // '2024-03-05'
 */
export function inferPublishedDate(text: string): string | undefined {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const candidates = [...lines.slice(0, HEAD_LINES), ...lines.slice(Math.max(HEAD_LINES, lines.length - TAIL_LINES))];
  for (const line of candidates) {
    if (line.length > MAX_DATE_LINE) continue;
    const date = fullDateOf(line);
    if (!date) continue;
    // `Monday, 11 September 2023` is a date line; `The vote is on 5 November 2024.` is a sentence.
    const isMostlyDate = (line.replace(date.raw, ' ').match(WORD_RE)?.length ?? 0) <= MAX_WORDS_BESIDE_DATE;
    if (DATE_CUE_RE.test(line) || isMostlyDate) return date.iso;
  }
  return undefined;
}

/** The first date in a line that names its day, month and year. */
function fullDateOf(line: string): { raw: string; iso: string } | undefined {
  for (const result of chrono.parse(line)) {
    const { start } = result;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const [year, month, day] = [start.get('year'), start.get('month'), start.get('day')];
    if (year === null || month === null || day === null) continue;
    const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { raw: result.text, iso };
  }
  return undefined;
}
