import type { Article } from '../model/index.ts';
import { toLatin } from './homoglyphs.ts';
import { contentLines, wordCount } from './text-units.ts';

const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;
const LOOKALIKE_WORD_RE = /[\p{L}\p{M}]*[\p{Script=Cyrillic}\p{Script=Greek}][\p{L}\p{M}]*/gu;
/** Lines this short can be furniture; longer ones are prose. */
export const SHORT_LINE_WORDS = 15;

/** Which articles hold each short line, and which articles are copies of each other. */
export interface LineIndex {
  articlesByLine: ReadonlyMap<string, readonly string[]>;
  outletOf: ReadonlyMap<string, string>;
  /** Article pairs sharing a long line: the same wire copy, whose shared lines say nothing of chrome. */
  copies: ReadonlySet<string>;
}

/** A line's identity across articles: Latin letters and digits, lowercase, single-spaced. */
export function lineKey(line: string): string {
  const latin = line.replace(LOOKALIKE_WORD_RE, (word) => toLatin(word) ?? word);
  return latin.toLowerCase().replace(NON_WORD_RE, ' ').trim();
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Index the non-title lines of every article. */
export function buildLineIndex(articles: readonly Article[]): LineIndex {
  const articlesByLine = new Map<string, string[]>();
  const longLines = new Map<string, string[]>();
  const outletOf = new Map<string, string>();
  for (const article of articles) {
    outletOf.set(article.id, article.outletId);
    const seen = new Set<string>();
    for (const line of contentLines(article.body).slice(1)) {
      const key = lineKey(line.text);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const target = wordCount(line.text) <= SHORT_LINE_WORDS ? articlesByLine : longLines;
      const holders = target.get(key);
      if (holders) holders.push(article.id);
      else target.set(key, [article.id]);
    }
  }
  const copies = new Set<string>();
  for (const ids of longLines.values()) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) copies.add(pairKey(ids[i] ?? '', ids[j] ?? ''));
  }
  return { articlesByLine, outletOf, copies };
}
