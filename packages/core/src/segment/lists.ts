// Inline lists: `1.) The first item 2.) The second item` is two sentences without any full stop.
import type { Gap } from './gaps.ts';
import type { Token } from './tokens.ts';

const BULLET_RE = /^[•◦▪●○■‣⁃∙·*–—-]$/u;
const NUMBER_MARKER_RE = /^[•◦▪●‣⁃∙*–-]?(\d{1,3})(?:\.\)?|\))$/u;
const LETTER_MARKER_RE = /^([a-z])(?:\.\)?|\))$/u;
// Dashes and asterisks also serve as punctuation inside an item, so only true bullets repeat inline.
const DASH_RE = /^[*–—-]$/u;

interface Marker {
  kind: 'bullet' | 'number' | 'letter';
  value: number;
}

/** True for a token that only marks a list item: `•`, `2.`, `b)`, `1.)`, `⁃9.`. */
export const isListMarker = (text: string): boolean => readMarker(text) !== null;

/**
 * Indices of tokens that open the second and later items of a list written on one line. A list must
 * open its line (or the text) and count on (`1.` then `2.`, `a.` then `b.`, or repeat its bullet), so
 * `he came 2. Then` never counts as one.
 *
 * @example
 * listItemStarts(tokenize('a. One b. Two'), gaps) // Set { 2 }
 */
export function listItemStarts(tokens: readonly Token[], gaps: readonly Gap[]): Set<number> {
  const starts = new Set<number>();
  let unitStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (gaps[i] !== 'hard') continue;
    markItems(tokens, unitStart, i + 1, starts);
    unitStart = i + 1;
  }
  return starts;
}

function markItems(tokens: readonly Token[], from: number, to: number, starts: Set<number>): void {
  const firstText = tokens[from]?.text ?? '';
  const first = readMarker(firstText);
  if (!first || DASH_RE.test(firstText)) return;
  let expected = first.value + 1;
  for (let j = from + 1; j < to; j++) {
    const marker = readMarker(tokens[j]?.text ?? '');
    if (!marker || marker.kind !== first.kind) continue;
    if (first.kind === 'bullet' ? marker.value === first.value : marker.value === expected) {
      starts.add(j);
      expected++;
    }
  }
}

function readMarker(text: string): Marker | null {
  if (BULLET_RE.test(text)) return { kind: 'bullet', value: text.codePointAt(0) ?? 0 };
  const number = NUMBER_MARKER_RE.exec(text)?.[1];
  if (number) return { kind: 'number', value: Number(number) };
  const letter = LETTER_MARKER_RE.exec(text)?.[1];
  if (letter) return { kind: 'letter', value: letter.charCodeAt(0) };
  return null;
}
