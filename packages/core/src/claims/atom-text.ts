import type { Span } from '../model/index.ts';
import type { Atom } from './atoms.ts';
import { plainStatement } from './claim-text.ts';
import type { SentenceWords } from './sentence-words.ts';

const JOINS_LEFT_RE = /^(?:[,.;:!?)\]}%]|[”’"]$)/;
const TRAILING_PUNCTUATION_RE = /[\s,.;:!?]+$/;
const COMMON_START_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PRON']);

/**
 * The character spans of a run of token indices: consecutive tokens make one span.
 *
 * @example
 * tokenRuns(words, [0, 1, 2, 5, 6]); // [{ start: 0, end: 14 }, { start: 30, end: 41 }]
 */
export function tokenRuns(words: SentenceWords, indices: readonly number[]): Span[] {
  const runs: Span[] = [];
  let previous = -2;
  for (const i of indices) {
    const token = words.tokens[i];
    if (!token) continue;
    const last = runs.at(-1);
    if (last && i === previous + 1) last.end = token.end;
    else runs.push({ start: token.start, end: token.end });
    previous = i;
  }
  return runs;
}

/**
 * An atom as one plain declarative statement, from the source's own words: its runs joined, the
 * restored lead put back (`The 1.6-mile bridge carries about 35,000 people a day.`, `Vladivostok is
 * situated just 130 km (80 miles) from North Korea's border.`, `Most of the victims died in Al Haouz
 * province.`). Numbers and quoted words keep their source spelling.
 *
 * @example
 * atomText(words, { kind: 'aside', words: [5, 6, 7], lead: [0, 1], link: 'copula', joiner: 'is', … });
 */
export function atomText(words: SentenceWords, atom: Atom): string {
  const body = joinRuns(words, [...atom.words, ...atom.tail]);
  if (atom.link === 'none' || atom.lead.length === 0) return plainStatement(body);
  const lead = joinRuns(words, atom.lead);
  switch (atom.link) {
    case 'subject':
      return plainStatement(`${lead} ${body}`);
    case 'copula':
      return plainStatement(`${lead} ${atom.joiner} ${body}`);
    case 'possessive':
      return plainStatement(`${lead}${/s$/.test(lead) ? "'" : "'s"} ${body}`);
    case 'locative':
      // `Most of the victims died in Al Haouz province.`; a long body reads better after the place.
      return body.includes(',')
        ? plainStatement(`${atom.joiner} ${inner(words, atom.lead, lead)}, ${body}`)
        : plainStatement(`${body.replace(TRAILING_PUNCTUATION_RE, '')} ${atom.joiner} ${inner(words, atom.lead, lead)}`);
  }
}

/** The words of the runs, spaced as in the source within a run and by one space between runs. */
function joinRuns(words: SentenceWords, indices: readonly number[]): string {
  let out = '';
  for (const run of tokenRuns(words, indices)) {
    const piece = words.text.slice(run.start, run.end);
    out = out === '' ? piece : JOINS_LEFT_RE.test(piece) ? `${out}${piece}` : `${out} ${piece}`;
  }
  return out.trim();
}

/** A phrase moved inside a sentence loses the capital it had only for opening it (`The province` -> `the province`). */
function inner(words: SentenceWords, lead: readonly number[], text: string): string {
  const first = words.tokens[lead[0] ?? -1];
  const opensSentence = lead[0] === 0;
  return opensSentence && first && COMMON_START_POS.has(first.pos) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
