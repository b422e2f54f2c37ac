import type { Token } from './nlp.ts';

/** A noun phrase read off the tokens: `Kremlin spokesman Dmitry Peskov`, `he`, `a US official`. */
export interface NounPhrase {
  /** Token index range `[first, last]`. */
  first: number;
  last: number;
  text: string;
  start: number;
  end: number;
  /** The personal or proper name in it, when it ends in one: `Dmitry Peskov`. */
  name?: string;
  /** Words before the name that say who it is: `Kremlin spokesman`. */
  role?: string;
  pronoun?: string;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const LINKS = new Set(['of', 'for', 'at', 'in']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const ARTICLE_RE = /^(?:the|a|an)\s+/i;
// Titles that sit inside a proper-noun run but are not the name: `Brigadier General Pat Ryder`.
const TITLE_RE =
  /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Gen|Lt|Col|Capt|Sgt|Rev|St)\.?|President|Prime|Minister|Secretary|General|Brigadier|Colonel|Major|Captain|Admiral|Senator|Sen\.|Rep\.|Governor|Mayor|Chancellor|King|Queen|Prince|Princess|Pope|Judge|Justice|Comrade|Ambassador|Chief|Deputy|Commander|Marshal)$/;
const HONORIFIC_RE = /^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|M)\.?$/;

/** The noun phrase starting at token `i` and running forward (`said Kremlin spokesman Dmitry Peskov`). */
export function phraseAfter(text: string, tokens: readonly Token[], i: number): NounPhrase | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  if (first.pos === 'PRON') return pronoun(first, i);
  let last = -1;
  for (let j = i; j < tokens.length; j++) {
    const token = tokens[j];
    if (!token) break;
    if (isPhraseToken(token, tokens[j - 1], tokens[j + 1], last >= 0)) {
      last = j;
      continue;
    }
    break;
  }
  if (last < i || (last === i && first.pos === 'DET')) return undefined;
  return build(text, tokens, i, last);
}

/** The noun phrase ending at token `i` and read backwards (`Another resident, Svetlana,` `said`). */
export function phraseBefore(text: string, tokens: readonly Token[], i: number): NounPhrase | undefined {
  const lastToken = tokens[i];
  if (!lastToken) return undefined;
  if (lastToken.pos === 'PRON') return pronoun(lastToken, i);
  let first = i + 1;
  for (let j = i; j >= 0; j--) {
    const token = tokens[j];
    if (!token) break;
    if (isPhraseToken(token, tokens[j - 1], tokens[j + 1], true)) {
      first = j;
      continue;
    }
    break;
  }
  // `Russia, which has kept …, may be`: a phrase never starts on a link word.
  while (first <= i && LINKS.has(tokens[first]?.lemma ?? '')) first++;
  return first > i ? undefined : build(text, tokens, first, i);
}

function isPhraseToken(token: Token, prev: Token | undefined, next: Token | undefined, inside: boolean): boolean {
  if (NP_POS.has(token.pos)) return true;
  // `the Met Office`: a capitalised word after a determiner or name is a name, whatever its tag.
  if (/^\p{Lu}/u.test(token.text) && token.pos !== 'PRON' && prev && /^(?:DET|PROPN)$/.test(prev.pos)) return true;
  // `Kim Jong-un`, `Soviet-designed`: a hyphen glued on both sides.
  if (token.text === '-' && prev?.end === token.start && next?.start === token.end) return true;
  if ((token.text === '’s' || token.text === "'s") && token.start === prev?.end) return inside;
  // `Ankit Panda of the Carnegie Endowment`: a link between two noun phrases.
  return inside && LINKS.has(token.lemma) && next !== undefined && (NP_POS.has(next.pos) || next.pos === 'DET');
}

function pronoun(token: Token, i: number): NounPhrase | undefined {
  const lower = token.text.toLowerCase();
  if (!PRONOUNS.has(lower)) return undefined;
  return { first: i, last: i, text: token.text, start: token.start, end: token.end, pronoun: lower };
}

function build(text: string, tokens: readonly Token[], first: number, last: number): NounPhrase | undefined {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  const phrase: NounPhrase = { first, last, text: text.slice(start, end), start, end };
  // The name is the proper-noun run that ends the head part (before `of …`).
  let headLast = last;
  for (let j = first; j <= last; j++) {
    if (j > first && LINKS.has(tokens[j]?.lemma ?? '')) {
      headLast = j - 1;
      break;
    }
  }
  let nameFirst = headLast + 1;
  while (nameFirst > first && isNameToken(tokens, nameFirst - 1)) nameFirst--;
  // A name starts on a capitalised word: `the 38-year-old` has none.
  while (nameFirst <= headLast && !/^\p{Lu}/u.test(tokens[nameFirst]?.text ?? '')) nameFirst++;
  while (nameFirst <= headLast && TITLE_RE.test(tokens[nameFirst]?.text ?? '') && nameFirst < headLast) nameFirst++;
  if (nameFirst <= headLast) {
    const nameStart = tokens[nameFirst]?.start ?? start;
    const nameEnd = tokens[headLast]?.end ?? end;
    phrase.name = text.slice(nameStart, nameEnd);
    const role = text.slice(start, nameStart).replace(ARTICLE_RE, '').replace(/[\s,]+$/, '').trim();
    const honorific = HONORIFIC_RE.test(tokens[nameFirst - 1]?.text ?? '');
    if (honorific) phrase.name = text.slice(tokens[nameFirst - 1]?.start ?? nameStart, nameEnd);
    if (role && !honorific) phrase.role = role;
  }
  return phrase;
}

/** Part of a proper name: a capitalised proper noun, or a hyphen inside one (`Jong-un`). */
function isNameToken(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  if (!token) return false;
  if (token.text === '-') return tokens[j - 1]?.end === token.start && tokens[j + 1]?.start === token.end;
  if (token.start === tokens[j - 1]?.end && tokens[j - 1]?.text === '-') return true;
  return token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text);
}

/** A descriptor with the article dropped: `a US official` -> `US official`. */
export function describe(phrase: NounPhrase): string {
  return phrase.name ?? phrase.text.replace(ARTICLE_RE, '');
}
