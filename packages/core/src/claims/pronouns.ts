import { COUNTRY_NAMES } from './countries.ts';
import { isNonPersonName, ORG_WORD_RE } from './entity-hints.ts';
import { honorificGender, nameGender, type Gender } from './gender.ts';
import { ROLE_NOUN_RE } from './mentions.ts';
import { describe, withoutTitles } from './noun-phrase.ts';
import type { Token } from './nlp.ts';
import type { SpeechCue } from './speech-cues.ts';

/** What pronoun resolution reads once per text: its tokens, speech cues and honorifics. */
export interface PronounContext {
  text: string;
  tokens: readonly Token[];
  cues: readonly SpeechCue[];
  /** Lower-case surname -> the gender its honorific states in this text (`Mrs Howard`); null when both. */
  honorifics: ReadonlyMap<string, Gender | null>;
}

const HONORIFIC_NAME_RE = /\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Mme)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu;
const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female' };
const ROLE_LOOKBACK = 200;
// Nouns for bodies that news copy may call `they` (`the regulator … “…,” they said`).
const COLLECTIVE_RE =
  /^(?:agency|ministry|government|department|administration|police|company|firm|regulator|watchdog|council|committee|commission|union|club|team|party|group|board|office|army|military|court|authority|service|media|family|charity|campaign|organisation|organization|institute|bank|airline|operator|network|broadcaster|newspaper|website|coalition|alliance|association|federation|league)$/i;
// Verbs that credit a finding (`surveys found`), whose subject never speaks a quote.
const FINDING_VERBS = new Set(['find', 'show', 'indicate', 'estimate', 'conclude', 'forecast', 'believe', 'expect']);
// Pronouns reach back a few paragraphs at most: the scan stays linear in the text.
const PERSON_LOOKBACK_TOKENS = 600;
/**
 * Tokens, cues and honorifics of a text, read once for every pronoun in it.
 *
 * @example
 * pronounContext(text, tokens, cues).honorifics.get('howard'); // 'female' for `Mrs Howard`
 */
export function pronounContext(text: string, tokens: readonly Token[], cues: readonly SpeechCue[]): PronounContext {
  const honorifics = new Map<string, Gender | null>();
  for (const match of text.matchAll(HONORIFIC_NAME_RE)) {
    const gender = honorificGender(match[1] ?? '');
    const surname = (match[2] ?? '').toLowerCase();
    if (!gender) continue;
    // A surname both `Mr` and `Mrs` in one text says nothing about either.
    const seen = honorifics.get(surname);
    honorifics.set(surname, seen === undefined || seen === gender ? gender : null);
  }
  return { text, tokens, cues, honorifics };
}

/**
 * The speaker a cue names; for `he`/`she`, the nearest person before `before` whose gender fits
 * (honorifics in the text, then given names), a name opening the same sentence first; `they` ->
 * the last group named as a speaker (`analysts`).
 *
 * @example
 * resolveSpeaker(context, cue, quote.outerStart, sentence.start); // 'Anna Kowalski' for `she said`
 */
export function resolveSpeaker(context: PronounContext, cue: SpeechCue, before: number, frameStart: number): string | null {
  const pronoun = cue.speaker.pronoun;
  if (!pronoun) return describe(cue.speaker);
  if (pronoun === 'it') return null;
  const { text, tokens, cues } = context;
  const at = Math.min(before, cue.start);
  if (pronoun === 'they' || pronoun === 'we') return groupBefore(cues, at);
  const wanted = PRONOUN_GENDER[pronoun];
  const fits = (name: string): boolean => {
    const gender = genderIn(context, name);
    return wanted === undefined || gender === undefined || gender === wanted;
  };
  // `Kim sent a message, in which he stated`: a name earlier in the same sentence comes first.
  let first: string | undefined;
  for (const name of candidates(context, frameStart, at)) {
    if (fits(name)) return name;
    first ??= name;
  }
  return first ?? lastRoleBefore(tokens, frameStart);
}

/**
 * `they said`: the nearest earlier speaker that is a group, a plural (`residents`, `teachers’
 * unions`) or a body (`the regulator`, `the Home Office`), never a named person nor the subject of
 * a finding (`surveys found`).
 */
function groupBefore(cues: readonly SpeechCue[], at: number): string | null {
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i];
    const speaker = cue?.speaker;
    if (!cue || !speaker || speaker.pronoun || cue.end > at || FINDING_VERBS.has(cue.verb)) continue;
    const head = speaker.text.split(/\s+/).at(-1) ?? '';
    const isPlural = /[^s’'\s]s$/i.test(head) && !(speaker.name !== undefined && isPersonName(speaker.name));
    const isBody = COLLECTIVE_RE.test(head) || (speaker.name !== undefined && ORG_WORD_RE.test(speaker.name));
    if (isPlural || isBody) return describe(speaker);
  }
  return null;
}

/** Candidate antecedents, nearest first, read lazily: the sentence's subject, named speakers, names. */
function* candidates(context: PronounContext, frameStart: number, at: number): Generator<string> {
  const local = subjectName(context.tokens, context.text, frameStart, at);
  if (local) yield local;
  yield* namedSpeakers(context.cues, at);
  yield* personsBefore(context.text, context.tokens, at);
}

/**
 * The gender of a name in this text: its own honorific; a honorific on its first word (`Mr Kim` for
 * `Kim Jong Un`, family name first); its given name; else a honorific on its surname.
 */
function genderIn(context: PronounContext, name: string): Gender | undefined {
  const words = name.split(/\s+/);
  const own = honorificGender(words[0] ?? '');
  if (own) return own;
  const familyFirst = words.length > 1 ? context.honorifics.get(words[0]?.toLowerCase() ?? '') : undefined;
  if (familyFirst) return familyFirst;
  return nameGender(name) ?? context.honorifics.get(words.at(-1)?.toLowerCase() ?? '') ?? undefined;
}

/** Named speakers of earlier cues, nearest first. */
function* namedSpeakers(cues: readonly SpeechCue[], at: number): Generator<string> {
  for (let i = cues.length - 1; i >= 0; i--) {
    const speaker = cues[i]?.speaker;
    if (!speaker || speaker.pronoun || (cues[i]?.end ?? 0) > at) continue;
    if (speaker.name !== undefined && isPersonName(speaker.name)) yield describe(speaker);
  }
}

/** `The minister was appointed in 2019. “…,” she said.` -> `minister`: a role named just before. */
function lastRoleBefore(tokens: readonly Token[], offset: number): string | null {
  for (let i = lastTokenBefore(tokens, offset); i > 0; i--) {
    const token = tokens[i];
    if (!token || offset - token.end > ROLE_LOOKBACK) break;
    if (token.pos === 'NOUN' && ROLE_NOUN_RE.test(token.text) && tokens[i - 1]?.lemma === 'the') return token.text;
  }
  return null;
}

/** The first proper-noun run of a sentence, when it opens the sentence and names no country. */
function subjectName(tokens: readonly Token[], text: string, from: number, to: number): string | undefined {
  const first = tokens.findIndex((t) => t.start >= from);
  let last = first;
  while (last >= 0 && tokens[last]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[last]?.text ?? '') && (tokens[last]?.end ?? to) <= to) last++;
  if (first < 0 || last === first) return undefined;
  const name = text.slice(tokens[first]?.start ?? 0, tokens[last - 1]?.end ?? 0);
  const verb = tokens[last];
  if (isNonPersonName(name)) return undefined;
  if (COUNTRY_NAMES.has(name.toLowerCase()) || !verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return undefined;
  return withoutTitles(name);
}

/** Runs of capitalised proper nouns before `offset` that read as people's names, nearest first. */
function* personsBefore(text: string, tokens: readonly Token[], offset: number): Generator<string> {
  const from = lastTokenBefore(tokens, offset);
  let end = -1;
  for (let i = from; i >= Math.max(-1, from - PERSON_LOOKBACK_TOKENS); i--) {
    const token = tokens[i];
    const isName = token !== undefined && token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text);
    if (isName && end < 0) end = i;
    if (!isName && end >= 0) {
      const name = text.slice(tokens[i + 1]?.start ?? 0, tokens[end]?.end ?? 0);
      if (isPersonName(name)) yield withoutTitles(name);
      end = -1;
    }
  }
}

/** Index of the last token ending at or before `offset` (tokens are sorted). */
function lastTokenBefore(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** Two or more words, or an honorific, and neither a country nor an organisation: `Jon Finer`, `Mr Kirby`. */
function isPersonName(name: string): boolean {
  if (COUNTRY_NAMES.has(name.toLowerCase()) || isNonPersonName(name)) return false;
  return /^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|M)\.?\s/.test(name) || /\S\s+\p{Lu}/u.test(name);
}
