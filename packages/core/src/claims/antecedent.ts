import type { Token } from './nlp.ts';
import { isFree, type SentenceWords } from './sentence-words.ts';

const NOMINAL_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const HEAD_POS = new Set(['NOUN', 'PROPN', 'NUM']);
const POSSESSIVE_RE = /^(?:'s|’s|'|’)$/;
const DETERMINER_RE = /^(?:the|a|an|its|his|her|their|our|this|that|these|those|all|both|some|many|several|each|every|most|few)$/i;
const MAX_WORDS = 12;
/**
 * The noun phrase that ends at token `last` and that an aside after it describes, read backwards:
 * `the 300-metre Dali`, `North Korea's KCNA news agency`, `the eastern Russian city of Vladivostok`
 * (one `of` is crossed), a bracketed conversion kept whole. Empty when no noun heads it.
 *
 * @example
 * antecedent(words, 0, 4); // [0, 1, 2, 3, 4] for `The 300-metre Dali`
 */
export function antecedent(words: SentenceWords, from: number, last: number): number[] {
  const { tokens } = words;
  const picked: number[] = [];
  let crossed = false;
  const crosses = (k: number): boolean => !crossed && tokens[k]?.lemma === 'of' && NOMINAL_POS.has(tokens[k - 1]?.pos ?? '');
  let k = last;
  while (k >= from && picked.length < MAX_WORDS) {
    const token = tokens[k];
    if (!token || words.quoted[k]) break;
    if (token.text === ')') {
      const open = openingBracket(tokens, from, k);
      if (open < 0) break;
      for (let i = k; i >= open; i--) picked.unshift(i);
      k = open - 1;
      continue;
    }
    if (NOMINAL_POS.has(token.pos) || POSSESSIVE_RE.test(token.text) || isGluedCompound(tokens, k)) {
      picked.unshift(k);
      k--;
      continue;
    }
    if (DETERMINER_RE.test(token.text) && (token.pos === 'DET' || token.pos === 'PRON')) {
      picked.unshift(k);
      k--;
      // `the city of Vladivostok`: the phrase may go on before its determiner only across `of`.
      if (crosses(k)) continue;
      break;
    }
    if (picked.length > 0 && crosses(k)) {
      crossed = true;
      picked.unshift(k);
      k--;
      continue;
    }
    break;
  }
  // A phrase must not start on a preposition, and needs a noun at its end.
  while (picked.length > 0 && tokens[picked[0] ?? -1]?.pos === 'ADP') picked.shift();
  const head = [...picked].reverse().find((i) => !words.bracketed[i]);
  if (head === undefined || !HEAD_POS.has(tokens[head]?.pos ?? '')) return [];
  return picked.every((i) => isFree(words, i) || words.bracketed[i]) ? picked : [];
}

/** The head token of a phrase: its last word outside brackets. */
export function headOf(words: SentenceWords, phrase: readonly number[]): Token | undefined {
  const head = [...phrase].reverse().find((i) => !words.bracketed[i]);
  return head === undefined ? undefined : words.tokens[head];
}

function openingBracket(tokens: readonly Token[], from: number, close: number): number {
  for (let i = close - 1; i >= from; i--) if (tokens[i]?.text === '(') return i;
  return -1;
}

/** A word joined by a hyphen to a neighbour (`Singapore-flagged`, `much-anticipated`). */
function isGluedCompound(tokens: readonly Token[], k: number): boolean {
  const [before, token, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  if (!token) return false;
  if (token.text === '-') return !!before && !!after && before.end === token.start && token.end === after.start;
  return (before?.text === '-' && before.end === token.start) || (after?.text === '-' && token.end === after.start);
}
