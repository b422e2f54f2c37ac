// Support counts are spelt out so that the only digits in a summary are the sources' own.
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SUPPORT_RE = /^Reported by ([a-z-]+) outlets? \(([a-z-]+) independent sources?\): /;
const ALL_INDEPENDENT_RE = /^Reported by ([a-z-]+) independent outlets: /;
const SINGLE_RE = /^Only [^:]+ reports: /;

/**
 * A count as English words, up to ninety-nine; larger counts stay digits.
 *
 * @example
 * numberWord(21); // 'twenty-one'
 */
export function numberWord(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 20) return UNITS[n] ?? String(n);
  const tens = TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? tens : `${tens}-${UNITS[n % 10] ?? ''}`;
}

/**
 * A cluster's support: `Reported by four independent outlets: `, or where some share copy,
 * `Reported by four outlets (three independent sources): `.
 */
export function supportPhrase(outlets: number, independent: number): string {
  if (outlets > 1 && independent === outlets) return `Reported by ${numberWord(outlets)} independent outlets: `;
  const sources = `${numberWord(independent)} independent source${independent === 1 ? '' : 's'}`;
  return `Reported by ${numberWord(outlets)} outlet${outlets === 1 ? '' : 's'} (${sources}): `;
}

/** `Only Style Magazine reports: ` for a single-source cluster. */
export function singleSourcePhrase(outletName: string): string {
  return `Only ${outletName} reports: `;
}

/** The support phrase at the start of a summary sentence, with its counts and the text after it. */
export function parseSupportPhrase(
  sentence: string,
): { phrase: string; outlets: number; independent: number; rest: string } | null {
  const match = SUPPORT_RE.exec(sentence);
  if (match) {
    return {
      phrase: match[0],
      outlets: wordNumber(match[1] ?? ''),
      independent: wordNumber(match[2] ?? ''),
      rest: sentence.slice(match[0].length),
    };
  }
  const all = ALL_INDEPENDENT_RE.exec(sentence);
  if (all) {
    const count = wordNumber(all[1] ?? '');
    return { phrase: all[0], outlets: count, independent: count, rest: sentence.slice(all[0].length) };
  }
  const single = SINGLE_RE.exec(sentence);
  return single ? { phrase: single[0], outlets: 1, independent: 1, rest: sentence.slice(single[0].length) } : null;
}

function wordNumber(word: string): number {
  for (let n = 0; n < 100; n++) if (numberWord(n) === word) return n;
  return Number(word);
}
