import type { Token } from './nlp.ts';
import { ORG_WORD_RE } from './entity-hints.ts';
import { TITLE_RE } from './titles.ts';

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
const LINKS = new Set(['of', 'for', 'at', 'in', 'from']);
// `a source close to her`, `people familiar with the matter`: an adjective's complement stays in the phrase.
const COMPLEMENT_LINKS = new Set(['to', 'with']);
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them', 'us', 'me']);
const WH_DETERMINERS = new Set(['what', 'which', 'whatever', 'whichever', 'whose']);
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const ARTICLE_RE = /^(?:the|a|an)\s+/i;
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
  if (lastToken.pos === 'PRON' && !isComplementPronoun(tokens, i)) return pronoun(lastToken, i);
  let first = i + 1;
  for (let j = i; j >= 0; j--) {
    const token = tokens[j];
    if (!token) break;
    if (isPhraseToken(token, tokens[j - 1], tokens[j + 1], true)) {
      first = j;
      // `In his New Year message the Liberal Democrat leader said`: a determiner opens the phrase,
      // unless a link joins it to the phrase before (`head of the agency`).
      if (token.pos === 'DET' && !LINKS.has(tokens[j - 1]?.lemma ?? '')) break;
      continue;
    }
    break;
  }
  // `Russia, which has kept …, may be`: a phrase never starts on a link word; `what people say`
  // names no one.
  while (first <= i && (LINKS.has(tokens[first]?.lemma ?? '') || WH_DETERMINERS.has(tokens[first]?.lemma ?? ''))) first++;
  return first > i ? undefined : build(text, tokens, first, i);
}

/** `her` in `close to her`: the object of an adjective's complement, not the subject itself. */
function isComplementPronoun(tokens: readonly Token[], i: number): boolean {
  return OBJECT_PRONOUNS.has(tokens[i]?.text.toLowerCase() ?? '') && COMPLEMENT_LINKS.has(tokens[i - 1]?.lemma ?? '') && tokens[i - 2]?.pos === 'ADJ';
}

function isPhraseToken(token: Token, prev: Token | undefined, next: Token | undefined, inside: boolean): boolean {
  if (NP_POS.has(token.pos)) return true;
  if (inside && COMPLEMENT_LINKS.has(token.lemma) && prev?.pos === 'ADJ' && next !== undefined) return true;
  if (inside && OBJECT_PRONOUNS.has(token.text.toLowerCase()) && prev !== undefined && COMPLEMENT_LINKS.has(prev.lemma)) return true;
  // `the Met Office`: a capitalised word after a determiner or name is a name, whatever its tag.
  if (/^\p{Lu}/u.test(token.text) && token.pos !== 'PRON' && prev && /^(?:DET|PROPN)$/.test(prev.pos)) return true;
  // `Kim Jong-un`, `Soviet-designed`: a hyphen glued on both sides.
  if (token.text === '-' && prev?.end === token.start && next?.start === token.end) return true;
  if ((token.text === '’s' || token.text === "'s") && token.start === prev?.end) return inside;
  // `a statement from its operator`: a possessive opens the phrase after a link.
  if (inside && POSSESSIVES.has(token.text.toLowerCase()) && prev !== undefined && LINKS.has(prev.lemma)) return true;
  // `Ankit Panda of the Carnegie Endowment`: a link between two noun phrases.
  const opensPhrase = next !== undefined && (NP_POS.has(next.pos) || next.pos === 'DET' || POSSESSIVES.has(next.text.toLowerCase()));
  return inside && LINKS.has(token.lemma) && opensPhrase;
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
  // The name starts after the last title (`Culture Minister Alun Pugh` -> `Alun Pugh`) or at its
  // honorific (`California Mr Torvalds` -> `Mr Torvalds`); `Home Office` is one name.
  const isOrgName = ORG_WORD_RE.test(tokens[headLast]?.text ?? '');
  for (let j = headLast - 1; j >= nameFirst && !isOrgName; j--) {
    if (HONORIFIC_RE.test(tokens[j]?.text ?? '') && j > nameFirst) {
      nameFirst = j + 1;
      break;
    }
    if (TITLE_RE.test(tokens[j]?.text ?? '')) {
      nameFirst = j + 1;
      break;
    }
  }
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

/**
 * A name without the titles before it: `Chief Constable Robert Hale` -> `Robert Hale`.
 *
 * @example
 * withoutTitles('Health Secretary Mark Daly'); // 'Mark Daly'
 */
export function withoutTitles(name: string): string {
  const words = name.split(/\s+/);
  if (ORG_WORD_RE.test(words.at(-1) ?? '')) return name;
  let first = 0;
  for (let j = words.length - 2; j >= 0; j--) {
    if (TITLE_RE.test(words[j] ?? '')) {
      first = j + 1;
      break;
    }
  }
  return words.slice(first).join(' ');
}

/** A descriptor with the article dropped: `a US official` -> `US official`. */
export function describe(phrase: NounPhrase): string {
  return phrase.name ?? phrase.text.replace(ARTICLE_RE, '');
}
