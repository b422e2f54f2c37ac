import type { EntityType, Span } from '../model/index.ts';
import { CAPITALS, COUNTRY_ALIASES, DEMONYMS } from './countries.ts';
import { isOrganisationNoun, ORG_WORD_RE, typeHint } from './entity-hints.ts';
import { honorificGender, nounGender, type Gender } from './gender.ts';
import type { Token } from './nlp.ts';
import { findQuoteSpans } from './quote-spans.ts';
import { isSpeakingName, speakerNameSpans } from './speaker-names.ts';
import { findSpeechCues } from './speech-cues.ts';
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
  /** The name sits in a heading, where every word is capitalised: weak evidence again. */
  isInHeading?: boolean;
  /** The gender its honorific or role states: `Mrs Howard`, `spokeswoman Jane Doe`. */
  gender?: Gender;
  /** The article it was read from, so that a lone surname follows the full names beside it. */
  articleId?: string;
  /** The subject of a speech verb (`Sony said`): a name that is no person or place is an organisation. */
  isSpeaker?: boolean;
}

export interface MentionOptions {
  /** Spans of headings, whose title case makes names of ordinary words (`Tragic Demise`). */
  headings?: readonly Span[];
  /** Spans of the names speech cues credit (`speakerNameSpans`); found from the text when not given. */
  speakers?: readonly Span[];
}

const HONORIFIC_RE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|M|Mme)\.?$/;
/** Nouns that name a role: `spokesman`, `minister`, `coach`. */
export const ROLE_NOUN_RE =
  /^(?:spokes(?:man|woman|person)|leader|president|minister|secretary|adviser|advisor|official|ambassador|envoy|chief|head|director|chairman|chairwoman|ceo|founder|manager|coach|captain|striker|player|analyst|expert|editor|correspondent|writer|reporter|governor|mayor|senator|general|commander|counterpart|resident|prosecutor|judge|lawyer|economist|professor|diplomat|founder|owner|chancellor|premier)s?$/i;
const CALENDAR_RE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
// `US-led`, `Pakistani-born`: a verb glued on by a hyphen ends the name before it.
const AFFIX_POS = new Set(['VERB']);
// Acronyms that are common nouns or units, not names: `TV`, `CEO`, `GMT`, `MPs`.
const GENERIC_ACRONYMS = new Set([
  'tv', 'pc', 'pcs', 'ceo', 'cfo', 'coo', 'cto', 'gmt', 'bst', 'utc', 'est', 'mp', 'mps', 'msp', 'msps', 'mep', 'meps',
  'dvd', 'dvds', 'cd', 'cds', 'am', 'pm', 'ok', 'id', 'gdp', 'vat', 'fm', 'hiv', 'dna', 'ai', 'mbps', 'kbps', 'gb',
  'mb', 'kg', 'km', 'mph', 'sms', 'gps', 'ipo', 'rov', 'icbm', 'icbms', 'suv', 'atm', 'faq', 'pdf', 'usb', 'lcd',
  'hd', 'vip', 'diy', 'aka', 'asap', 'rip', 'pr', 'hr', 'qc', 'kc', 'ad', 'bc', 'ps', 'tba', 'etc',
]);const LINKS = new Set(['of', 'for']);
const MAX_RUN = 7;

/**
 * Names in `text` read off wink-nlp's proper-noun tags (wink has no entity types): runs of
 * capitalised proper nouns, `Jong-un` hyphens, acronyms, and `of`/`for` inside organisation names.
 * Each gets a type hint from world-countries' names and capitals, honorifics, titles and context.
 *
 * @example
 * findMentions(text, tokenize(text = 'Kremlin spokesman Dmitry Peskov said.')).map((m) => m.text); // ['Kremlin', 'Dmitry Peskov']
 */
export function findMentions(text: string, tokens: readonly Token[], options: MentionOptions = {}): Mention[] {
  const mentions: Mention[] = [];
  const headings = options.headings ?? [];
  const speakers = options.speakers ?? speakerNameSpans(findSpeechCues(text, tokens, 0, tokens.length, findQuoteSpans(text)));
  let i = 0;
  while (i < tokens.length) {
    const end = runEnd(tokens, i);
    if (end < i) {
      i++;
      continue;
    }
    // `US Coast Guard Rear Adm John Mauger`: the words before the first title name something too.
    const titleAt = tokens.slice(i + 1, end).findIndex((t) => TITLE_RE.test(t.text) || HONORIFIC_RE.test(t.text));
    const prefix = titleAt >= 0 && !ORG_WORD_RE.test(tokens[end]?.text ?? '') ? toMention(text, tokens, i, i + titleAt) : undefined;
    if (prefix && prefix.hint !== 'person') mentions.push(prefix);
    const mention = toMention(text, tokens, i, end, speakers);
    if (mention && headings.some((h) => mention.start >= h.start && mention.end <= h.end)) mention.isInHeading = true;
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
    if (token.text === '-' && glued && AFFIX_POS.has(tokens[j + 1]?.pos ?? '') && /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '')) break;
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
  // `READ ALSO`: shouting, not an acronym.
  if (/^\p{Lu}[\p{Lu}\d]+$/u.test(token.text)) return !/^(?:VERB|ADV|ADP|DET|PRON|AUX|CCONJ|SCONJ)$/.test(token.pos);
  return /^\p{Lu}/u.test(token.text) && (token.pos === 'PROPN' || HONORIFIC_RE.test(token.text));
}

function toMention(text: string, tokens: readonly Token[], first: number, last: number, speakers: readonly Span[] = []): Mention | undefined {
  // The name starts after the last title in the run: `Russian Defense Minister Sergei Shoigu`;
  // a run ending in an organisation's word is one name: `Home Office`, `Defence Ministry`.
  let nameFirst = first;
  let honorificAt = -1;
  const isOrgRun = ORG_WORD_RE.test(tokens[last]?.text ?? '');
  for (let j = first; j < last && !isOrgRun; j++) {
    const word = tokens[j]?.text ?? '';
    // `Dick King-Smith`: a title word glued to a hyphen is part of the name.
    if (tokens[j + 1]?.text === '-') continue;
    if (HONORIFIC_RE.test(word) || TITLE_RE.test(word)) {
      honorificAt = HONORIFIC_RE.test(word) ? j : -1;
      nameFirst = j + 1;
    }
  }
  const honorific = honorificAt >= 0;
  const next = tokens[last + 1];
  // `Western allies`, `Olympic 200m champion`: a lone proper adjective before a noun names nothing.
  const modifies = next !== undefined && /^(?:NOUN|ADJ|NUM)$/.test(next.pos) && /^[\p{Ll}\d]/u.test(next.text) && !isOrganisationNoun(next.text);
  if (nameFirst === last && modifies && next.start === (tokens[last]?.end ?? 0) + 1) {
    const word = keyOf(tokens[last]?.text ?? '');
    if (!COUNTRY_ALIASES.has(word) && !CAPITALS.has(word) && !ORG_WORD_RE.test(tokens[last]?.text ?? '')) return undefined;
  }
  const startToken = tokens[honorific ? honorificAt : nameFirst];
  const lastToken = tokens[last];
  const nameToken = tokens[nameFirst];
  if (!startToken || !lastToken || !nameToken) return undefined;
  const written = text.slice(startToken.start, lastToken.end);
  const name = text.slice(nameToken.start, lastToken.end);
  if (CALENDAR_RE.test(name) || HONORIFIC_RE.test(name) || TITLE_RE.test(name)) return undefined;
  const key = keyOf(name);
  // `A`, `I`, `I'm`: a capitalised function word or contraction is no name; `TV`, `MPs` are nouns.
  if (!key || DEMONYMS.has(key) || key.length < 2 || GENERIC_ACRONYMS.has(key) || (nameFirst === last && ((nameToken.isStopWord && !/^\p{Lu}{2,}$/u.test(nameToken.text)) || /['’]/.test(nameToken.text)))) {
    return undefined;
  }
  const titles = text.slice(tokens[first]?.start ?? 0, (tokens[honorific ? honorificAt : nameFirst] ?? nameToken).start).trim();
  const role = [roleBefore(text, tokens, first), titles].filter(Boolean).join(' ') || undefined;
  const before = tokens[first - 1];
  const mention: Mention = {
    text: written, start: startToken.start, end: lastToken.end, key, hint: 'other', strength: 0,
    isSentenceStart: !before || /^[.!?“"‘:•*-]$/.test(before.text) || text.slice(before.end, startToken.start).includes('\n'),
  };
  if (role) mention.role = role;
  if (isSpeakingName(name, nameToken.start, lastToken.end, speakers)) mention.isSpeaker = true;
  const gender = honorificGender(tokens[honorificAt]?.text ?? '') ?? (role ? nounGender(role) : undefined);
  if (gender) mention.gender = gender;
  Object.assign(mention, typeHint(name, key, honorific || titles !== '' || role !== undefined, tokens, first, last));
  return mention;
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
