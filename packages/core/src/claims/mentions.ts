import type { EntityType } from '../model/index.ts';
import { CAPITALS, COUNTRY_ALIASES, DEMONYMS } from './countries.ts';
import type { Token } from './nlp.ts';
import { TITLE_RE } from './titles.ts';

/** A name in the text, before it is resolved across the corpus. */
export interface Mention {
  /** As written, titles dropped: `Mr Kim`, `Kim Jong-un`, `Pyongyang`. */
  text: string;
  start: number;
  end: number;
  /** Lower-case comparison key without honorifics, titles or punctuation: `kim jong un`. */
  key: string;
  /** The type the mention itself suggests; `other` when it says nothing. */
  hint: EntityType;
  /** How sure the hint is: gazetteer and honorifics 2, context 1, nothing 0. */
  strength: number;
  /** Words before the name that say who it is: `Kremlin spokesman`, `President`. */
  role?: string;
  /** `Pyongyang` -> `North Korea`. */
  standsFor?: string;
  /** The name begins a sentence: weak evidence that it is a name at all. */
  isSentenceStart: boolean;
}

const HONORIFIC_RE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|M|Mme)\.?$/;
/** Nouns that name a role: `spokesman`, `minister`, `coach`. */
export const ROLE_NOUN_RE =
  /^(?:spokes(?:man|woman|person)|leader|president|minister|secretary|adviser|advisor|official|ambassador|envoy|chief|head|director|chairman|chairwoman|ceo|founder|manager|coach|captain|striker|player|analyst|expert|editor|correspondent|writer|reporter|governor|mayor|senator|general|commander|counterpart|resident|prosecutor|judge|lawyer|economist|professor|diplomat|founder|owner|chancellor|premier)s?$/i;
const ORG_WORD_RE =
  /\b(?:Ministry|Department|Council|Agency|Service|Office|Forum|Endowment|Institute|Foundation|Fund|Bank|University|College|School|Party|Union|Association|Federation|League|Organi[sz]ation|Commission|Committee|Court|Parliament|Congress|Assembly|Senate|Church|Army|Navy|Force|Forces|Guard|Police|Group|Company|Corporation|Inc|Ltd|plc|Club|Times|Post|Journal|News|Press|Media|Television|Radio|Network|Kremlin|Pentagon|White House|Downing Street|Reuters|Bloomberg|Airlines|Airways|Motors|Bureau|Authority|Board|Centre|Center|Society|Academy|Ilbo|Shimbun|Agence|Telegraph|Guardian|Tribune|Herald|Gazette|FC|United|City|Rovers|Athletic)\b/;
const PLACE_WORD_RE = /\b(?:City|Province|Region|Island|Islands|Street|River|Mountain|Mount|Sea|Ocean|Bay|Valley|County|Peninsula|Strait|Gulf|Lake|Coast|Square|Airport|Station|Port)\b/;
const CALENDAR_RE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
// `at Microsoft`, `from Google` name organisations as often as places: only these prepositions hint.
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'into', 'across', 'outside', 'inside', 'toward', 'towards']);
const LINKS = new Set(['of', 'for']);
const MAX_RUN = 7;

/**
 * Names in `text` read off wink-nlp's proper-noun tags (wink has no entity types): runs of
 * capitalised proper nouns, `Jong-un` hyphens, acronyms, and `of`/`for` inside organisation names.
 * Each gets a type hint from world-countries' names and capitals, honorifics, titles and context.
 *
 * @example
 * findMentions(text, tokenize(text = 'Kremlin spokesman Dmitry Peskov said.')).map((m) => m.text); // ['Kremlin', 'Dmitry Peskov']
 */
export function findMentions(text: string, tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const end = runEnd(tokens, i);
    if (end < i) {
      i++;
      continue;
    }
    const mention = toMention(text, tokens, i, end);
    if (mention) mentions.push(mention);
    i = end + 1;
  }
  return mentions;
}

/** The last token of the name run starting at `i`, or `i - 1` when no name starts there. */
function runEnd(tokens: readonly Token[], i: number): number {
  if (!isNameStart(tokens[i])) return i - 1;
  let end = i;
  for (let j = i + 1; j < tokens.length && j - i < MAX_RUN; j++) {
    const token = tokens[j];
    const prev = tokens[j - 1];
    if (!token || !prev) break;
    const glued = token.start === prev.end && (token.text === '-' || prev.text === '-');
    if (glued || isNameStart(token)) {
      end = j;
      continue;
    }
    // `Bank of England`, `Carnegie Endowment for International Peace`.
    if (LINKS.has(token.text) && ORG_WORD_RE.test(prev.text) && isNameStart(tokens[j + 1])) continue;
    break;
  }
  while (end > i && tokens[end]?.text === '-') end--;
  return end;
}

function isNameStart(token: Token | undefined): boolean {
  if (!token) return false;
  if (/^\p{Lu}[\p{Lu}\d]+$/u.test(token.text)) return true;
  return /^\p{Lu}/u.test(token.text) && (token.pos === 'PROPN' || HONORIFIC_RE.test(token.text));
}

function toMention(text: string, tokens: readonly Token[], first: number, last: number): Mention | undefined {
  // The name starts after the last title in the run: `Russian Defense Minister Sergei Shoigu`.
  let nameFirst = first;
  let honorific = false;
  for (let j = first; j < last; j++) {
    const word = tokens[j]?.text ?? '';
    if (HONORIFIC_RE.test(word) || TITLE_RE.test(word)) {
      honorific = HONORIFIC_RE.test(word);
      nameFirst = j + 1;
    }
  }
  const next = tokens[last + 1];
  // `Western allies`, `Soviet designs`: a lone proper adjective before a noun names nothing.
  if (nameFirst === last && next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && next.start === (tokens[last]?.end ?? 0) + 1) {
    const word = keyOf(tokens[last]?.text ?? '');
    if (!COUNTRY_ALIASES.has(word) && !CAPITALS.has(word) && !ORG_WORD_RE.test(tokens[last]?.text ?? '')) return undefined;
  }
  const startToken = tokens[honorific ? first : nameFirst];
  const lastToken = tokens[last];
  const nameToken = tokens[nameFirst];
  if (!startToken || !lastToken || !nameToken) return undefined;
  const written = text.slice(startToken.start, lastToken.end);
  const name = text.slice(nameToken.start, lastToken.end);
  if (CALENDAR_RE.test(name) || HONORIFIC_RE.test(name) || TITLE_RE.test(name)) return undefined;
  const key = keyOf(name);
  // `A`, `I`, `I'm`: a capitalised function word or contraction is no name.
  if (!key || DEMONYMS.has(key) || key.length < 2 || (nameFirst === last && ((nameToken.isStopWord && !/^\p{Lu}{2,}$/u.test(nameToken.text)) || /['’]/.test(nameToken.text)))) {
    return undefined;
  }
  const titles = text.slice(tokens[first]?.start ?? 0, nameToken.start).trim();
  const role = [roleBefore(text, tokens, first), honorific ? '' : titles].filter(Boolean).join(' ') || undefined;
  const before = tokens[first - 1];
  const mention: Mention = {
    text: written, start: startToken.start, end: lastToken.end, key, hint: 'other', strength: 0,
    isSentenceStart: !before || /^[.!?“"‘:•*-]$/.test(before.text) || text.slice(before.end, startToken.start).includes('\n'),
  };
  if (role) mention.role = role;
  Object.assign(mention, typeHint(name, key, honorific || titles !== '' || role !== undefined, before, tokens[last + 1]));
  return mention;
}

function typeHint(
  name: string, key: string, isPersonal: boolean, before: Token | undefined, after: Token | undefined,
): Pick<Mention, 'hint' | 'strength' | 'standsFor'> {
  const country = COUNTRY_ALIASES.get(key);
  if (country) return { hint: 'country', strength: 2 };
  const capital = CAPITALS.get(key);
  if (capital) return { hint: 'place', strength: 2, standsFor: capital };
  if (ORG_WORD_RE.test(name)) return { hint: 'organisation', strength: 2 };
  if (isPersonal) return { hint: 'person', strength: 2 };
  if (PLACE_WORD_RE.test(name)) return { hint: 'place', strength: 1 };
  if (/^\p{Lu}[\p{Lu}\d]+$/u.test(name)) return { hint: 'organisation', strength: 1 };
  if (before && PLACE_PREPOSITIONS.has(before.lemma)) return { hint: 'place', strength: 1 };
  if (after?.pos === 'VERB' && /^(?:say|tell|add)$/.test(after.lemma) && key.includes(' ')) return { hint: 'person', strength: 1 };
  // Two or three plain capitalised words read as a person's name: `Ankit Panda`.
  return { hint: /^\p{L}+(?: \p{L}+){1,2}$/u.test(key) ? 'person' : 'other', strength: 0 };
}

/** `Kremlin spokesman`, `North Korean leader`: role words right before a name. */
function roleBefore(text: string, tokens: readonly Token[], first: number): string {
  const head = tokens[first - 1];
  if (!head || !ROLE_NOUN_RE.test(head.text)) return '';
  let start = first - 1;
  while (start > 0 && start > first - 5 && /^(?:PROPN|ADJ|NOUN)$/.test(tokens[start - 1]?.pos ?? '')) start--;
  return text.slice(tokens[start]?.start ?? 0, head.end);
}

/**
 * The comparison key of a name: `Mr. Kim Jong-un` -> `kim jong un`, `U. S.` -> `us`.
 *
 * @example
 * keyOf('Kim Jong-un'); // 'kim jong un'
 */
export function keyOf(name: string): string {
  return name
    .replace(/(?<=\b\p{Lu})\.\s?(?=\p{Lu}\b)/gu, '')
    .replace(/[’']s$/, '')
    .replace(/[.’']/g, '')
    .replace(/-/g, ' ')
    .replace(/^the\s+/i, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
