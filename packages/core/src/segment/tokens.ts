// Whitespace-delimited tokens with their offsets, and the pieces of a token the boundary rules read.

const TOKEN_RE = /\S+/g;
const OPENERS_RE = /^[("'“‘[{«¿¡]+/u;
const CLOSERS_RE = /[)"'”’\]}»]+$/u;
const TERMINAL_RUN_RE = /[.!?…]+$/u;
// Cheap pre-check: a token ending in a letter or digit cannot end a sentence.
const ALNUM_END_RE = /[a-zA-Z0-9]$/;
const TRAILING_PUNCT_RE = /[^\p{L}\p{N}]+$/u;
const CLITIC_RE = /['’](?:s|ll|re|ve|d|m)$/u;
const LOWER_START_RE = /^\p{Ll}/u;
// `iPhone`, `eBay`: a lowercase first letter that still starts a sentence.
const CAMEL_START_RE = /^\p{Ll}+\p{Lu}/u;
const UPPER_START_RE = /^\p{Lu}/u;

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** How a token ends when it ends in terminal punctuation: `great.”` -> stem `great`, run `.`, closers `”`. */
export interface Ending {
  stem: string;
  run: string;
  closers: string;
}

/** Every run of non-whitespace in `text`, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_RE)) {
    const start = match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/** The terminal punctuation a token ends with, or null: `U.S.` -> `{ stem: 'U.S', run: '.' }`. */
export function parseEnding(text: string): Ending | null {
  if (ALNUM_END_RE.test(text)) return null;
  const closers = CLOSERS_RE.exec(text)?.[0] ?? '';
  const body = text.slice(0, text.length - closers.length);
  const run = TERMINAL_RUN_RE.exec(body)?.[0];
  if (!run) return null;
  const stem = body.slice(0, body.length - run.length).replace(OPENERS_RE, '');
  return { stem, run, closers };
}

/** The word inside a token, without quotes, trailing punctuation or clitic: `“It’s,` -> `It`. */
export function bareWord(text: string): string {
  return text.replace(OPENERS_RE, '').replace(TRAILING_PUNCT_RE, '').replace(CLITIC_RE, '');
}

/** True when a token continues a sentence in lowercase (`said`, `’s`), not a camel-case name. */
export function startsLowercase(text: string): boolean {
  const word = text.replace(OPENERS_RE, '').replace(/^[’']/u, '');
  return LOWER_START_RE.test(word) && !CAMEL_START_RE.test(word);
}

export const startsUppercase = (word: string): boolean => UPPER_START_RE.test(word);

const CLOSERS_ONLY_RE = /^[)”’\]}»]+$/u;
const LONE_QUOTE_RE = /^["'“‘]$/u;
const DOUBLE_QUOTE_RE = /["“”]/gu;

/**
 * True for a detached token that closes the sentence before it: `great. ”`, and `great. “` or
 * `great. "` when that sentence left a quotation open (messy copy types closers as openers).
 *
 * @example
 * isLoneCloser('“', () => '“It is over.') // true
 */
export function isLoneCloser(text: string, sentence: () => string): boolean {
  if (CLOSERS_ONLY_RE.test(text)) return true;
  return LONE_QUOTE_RE.test(text) && (sentence().match(DOUBLE_QUOTE_RE)?.length ?? 0) % 2 === 1;
}
