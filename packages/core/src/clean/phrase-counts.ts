import type { WordSpan } from './text-units.ts';

const CAPITALISED_RE = /^\p{Lu}/u;
const STOP_GAP_RE = /^\.[ \t]+$/;

/** How the corpus joins words: `prime minister` written as a phrase, and how often a word ends a sentence. */
export interface PhraseCounts {
  /** Lowercased `word Next` pairs written with one space, the second word capitalised. */
  pairs: Map<string, number>;
  /** Lowercased words followed by a full stop and a space. */
  sentenceEnds: Map<string, number>;
  /** Every lowercased word. */
  words: Map<string, number>;
}

export function emptyPhraseCounts(): PhraseCounts {
  return { pairs: new Map(), sentenceEnds: new Map(), words: new Map() };
}

/** Count one text's pairs before capitalised words and its sentence-final words into `into`. */
export function countPhrases(text: string, words: readonly WordSpan[], into: PhraseCounts): void {
  for (const word of words) bump(into.words, word.text.toLowerCase());
  for (let i = 1; i < words.length; i++) {
    const [prev, word] = [words[i - 1], words[i]];
    if (!prev || !word) continue;
    const gap = text.slice(prev.end, word.start);
    if (gap === ' ' && CAPITALISED_RE.test(word.text)) bump(into.pairs, pairKey(prev.text, word.text));
    else if (STOP_GAP_RE.test(gap)) bump(into.sentenceEnds, prev.text.toLowerCase());
  }
}

export function pairKey(first: string, second: string): string {
  return `${first.toLowerCase()} ${second.toLowerCase()}`;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
