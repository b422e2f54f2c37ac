/** A number found in text: `1,099`, `12.5bn`, `twenty-five`, `tens of millions`, `five to six`. */
export interface NumberMatch {
  value: number;
  /** Upper bound of a range or a vague magnitude. */
  valueMax?: number;
  start: number;
  end: number;
  /** `tens of millions`: an order of magnitude, not a count. */
  isVague: boolean;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const SCALE: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12, crore: 1e7, lakh: 1e5,
};
const VAGUE: Record<string, number> = {
  tens: 10, dozens: 12, scores: 20, hundreds: 1e2, thousands: 1e3, millions: 1e6, billions: 1e9,
};

const WORD = '(?:zero|one|two|three|four|five|six|seventeen|seventy|seven|eighteen|eighty|eight|nineteen|ninety|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|billion|trillion)';
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+';
// Scale words always count; `bn` only glued to the digits (`12.5bn`). A glued `m` or `k` may be
// metres or money (`100m`, `£40m`): the currency rule reads those.
const SCALE_SUFFIX = '(?:\\s?(?:hundred|thousand|million|billion|trillion|crore|lakh)\\b|(?:bn|mn|tn)\\b)';
// `and` joins number words only after a scale word: `two hundred and fifty`, not `five and six`.
const WORDS = `${WORD}(?:(?:[- ]|(?<=hundred|thousand|million|billion),? and )${WORD})*`;
// `half a million`, `a quarter of a billion`, `three quarters of a million`.
const FRACTION_SRC = '(?:(?:a |three )?quarters? of a|half a) (?:dozen|hundred|thousand|million|billion|trillion)\\b';
const NUMBER_SRC = `(?:(?:${DIGITS})${SCALE_SUFFIX}?(?![\\d.,]\\d)|${FRACTION_SRC}|(?:a |an )?(?:${WORDS}|dozen)(?: and a half)?\\b)`;
const VAGUE_SRC = '(?:tens|dozens|scores|hundreds|thousands|millions|billions)(?: of (?:thousands|millions|billions))?';

// `(?<![\w.-])` keeps `Covid-19`, `F-16`, `v2.1`, `G7` out; ordinals and clock times are dropped after.
// Units may be glued to digits (`122mm`), so digits end at any non-digit. `and` makes a range only
// after `between`: `£5bn and 3%` are two numbers.
// A minus sign counts only after a space or bracket (`-12C`, `(−3%)`), never inside `F-16` or `3-1`.
const NUMBER_RE = new RegExp(
  `(?<![\\w./])(?<![\\w.)][-−–])(?:between (${NUMBER_SRC}) and (${NUMBER_SRC})|(${NUMBER_SRC})(?:\\s?(?:-|–|—|to)\\s?(${NUMBER_SRC}))?)|\\b(${VAGUE_SRC})\\b`,
  'gi',
);
const ORDINAL_OR_CLOCK_RE = /^(?:st|nd|rd|th|:\d|\s?[ap]\.?\s?m\b\.?)/i;
// The minutes of a clock time: `23:11` is no number 11.
const CLOCK_BEFORE_RE = /\d:$/;
const FROM_BEFORE_RE = /\bfrom\s$/i;
const HALF_RE = /\s?and a half$/i;
const FRACTIONS: Record<string, number> = { 'half a': 0.5, 'quarter of a': 0.25, 'a quarter of a': 0.25, 'three quarter of a': 0.75 };
const FRACTION_RE = /^((?:a |three )?quarters? of a|half a) (\w+)$/;
const MINUS_RE = /(?:[-−]|\bminus )$/;

/**
 * Every number in `text` with its value and span: numerals, scaled numerals, number words, ranges
 * and vague magnitudes. Ordinals (`10th`) and clock times (`7 p.m.`) are left out.
 *
 * @example
 * findNumbers('five to six hours')[0]; // { value: 5, valueMax: 6, start: 0, end: 11, isVague: false }
 */
export function findNumbers(text: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  for (const match of text.matchAll(NUMBER_RE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (ORDINAL_OR_CLOCK_RE.test(text.slice(end, end + 5))) continue;
    if (CLOCK_BEFORE_RE.test(text.slice(Math.max(0, start - 2), start))) continue;
    const vague = match[5];
    if (vague) {
      found.push({ ...vagueRange(vague), start, end, isVague: true });
      continue;
    }
    const lowText = match[1] ?? match[3] ?? '';
    const highText = match[2] ?? match[4];
    const low = parseNumber(lowText);
    const high = highText === undefined ? undefined : parseNumber(highText);
    if (low === undefined) continue;
    // `-12C`, `minus 5C`: a sign before a lone numeral (not a range's second end).
    const lowStartAt = start + match[0].indexOf(lowText);
    const minus = highText === undefined && /^\d/.test(lowText) ? MINUS_RE.exec(text.slice(Math.max(0, lowStartAt - 6), lowStartAt)) : null;
    if (minus) {
      found.push({ value: -low, start: lowStartAt - minus[0].length, end: lowStartAt + lowText.length, isVague: false });
      continue;
    }
    const range = high === undefined ? undefined : asRange(low, high, highText ?? '');
    const lowStart = start + match[0].indexOf(lowText);
    if (range && !FROM_BEFORE_RE.test(text.slice(Math.max(0, start - 5), start))) {
      found.push({ ...range, start, end, isVague: false });
    } else if (range && high !== undefined && highText !== undefined) {
      // `rose from 5 to 7 million`: a change, two numbers.
      found.push({ value: range.value, start: lowStart, end: lowStart + lowText.length, isVague: false });
      const highStart = end - highText.length;
      found.push({ value: high, start: highStart, end, isVague: false });
    } else {
      // `3-1` (a score) or `2018-19`: not a range; keep the first number alone.
      found.push({ value: low, start: lowStart, end: lowStart + lowText.length, isVague: false });
    }
  }
  return found;
}

/** A rising range; `five to six million` says million once, so the low end takes its scale. */
function asRange(low: number, high: number, highText: string): { value: number; valueMax: number } | undefined {
  const scale = SCALE[/([a-z]+)$/i.exec(highText)?.[1]?.toLowerCase() ?? ''];
  const scaledLow = scale && low < high / scale && low * scale < high ? low * scale : low;
  return high > scaledLow ? { value: scaledLow, valueMax: high } : undefined;
}

/**
 * The value of one number as written: `1,099` -> 1099, `12.5bn` -> 12.5e9, `twenty-five` -> 25,
 * `two hundred and fifty thousand` -> 250000; undefined when it is not a number.
 *
 * @example
 * parseNumber('three million'); // 3000000
 */
export function parseNumber(written: string): number | undefined {
  const text = written.trim().toLowerCase();
  const digits = /^(\d[\d,]*(?:\.\d+)?|\.\d+)\s?([a-z]+)?$/.exec(text);
  if (digits) {
    const value = Number((digits[1] ?? '').replaceAll(',', ''));
    const scale = digits[2] === undefined ? 1 : SCALE[digits[2]];
    return scale === undefined || Number.isNaN(value) ? undefined : value * scale;
  }
  const fraction = FRACTION_RE.exec(text);
  if (fraction) {
    const scale = fraction[2] === 'dozen' ? 12 : SCALE[fraction[2] ?? ''];
    const part = FRACTIONS[(fraction[1] ?? '').replace(/quarters/, 'quarter')];
    return scale === undefined || part === undefined ? undefined : part * scale;
  }
  const half = HALF_RE.test(text) ? 0.5 : 0;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of text.replace(HALF_RE, '').split(/[\s,-]+/)) {
    if (word === 'a' || word === 'an' || word === 'and' || word === '') continue;
    const small = SMALL[word];
    const scale = SCALE[word];
    if (small !== undefined) {
      current += small;
    } else if (scale === 100) {
      current = (current || 1) * 100;
    } else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else {
      return undefined;
    }
    seen = true;
  }
  return seen ? total + current + half : undefined;
}

/** `tens of millions` -> [1e7, 1e8); `hundreds` -> [100, 1000). */
function vagueRange(written: string): { value: number; valueMax: number } {
  const [head = '', , tail] = written.toLowerCase().split(' ');
  const base = VAGUE[head] ?? 1;
  const scale = tail ? (VAGUE[tail] ?? 1) : 1;
  const low = base * scale;
  const factor = head === 'dozens' || head === 'scores' ? 8 : 10;
  return { value: low, valueMax: low * factor };
}
