import { wordSpans } from './text-units.ts';

// Furniture speaks to the reader about the page: second person or `our`, an imperative, and the
// nouns of the web (inbox, cookies, link, comments). Prose reports events; it rarely does all three
// on a short line of its own. General English and web vocabulary, not any site's wording.
const WEB_NOUNS = new Set(
  (
    'email e-mail emails inbox newsletter newsletters alerts alert cookies cookie browser website websites site page link links url ' +
    'comments comment response responses replies reply discussion app apps feed subscribers subscription subscribe account login password ' +
    'notifications settings preferences facebook twitter whatsapp linkedin instagram pinterest reddit telegram youtube tiktok'
  ).split(' '),
);
const READER = new Set(['you', 'your', 'yours', 'us', 'our', 'ours', 'me', 'my']);
// Phrasal verbs only furniture starts a line with.
const ACCOUNT_RE = /^(?:sign (?:up|in)|log (?:in|on)|subscribe|register)\b/i;
const IMPERATIVES = new Set(
  (
    'get join sign enter send share accept follow download tell have read see pin forward copy subscribe click tap watch listen post ' +
    'mail email print save notify manage register start show find log continue discover explore write'
  ).split(' '),
);
// The thing furniture acts on: `this story`, `the link`, `this page`.
const PAGE_RE = /\b(?:this|the) (?:story|article|page|post|link|piece)\b/i;
const SPEECH_RE = /["“”]|\b(?:said|says|told|added|according)\b/i;
// A form field: `Name *`, `Email *`, `Your message`.
const FIELD_RE = /^(?:[\p{L}][\p{L} ]{0,20}\s?\*|your \p{L}+(?: \p{L}+)?)$/iu;
// Segments of a share or navigation bar: `Post it | Mail it`, `Facebook · X · Email`.
const BAR_SPLIT_RE = /\s+[|·•]\s+/;
const SENTENCE_SPLIT_RE = /[.?!:;]\s+/;
// 25 words of furniture fit in this many characters; a longer line is prose.
const MAX_CHARS = 250;
const ENDS_SENTENCE_RE = /[.!?…]["'”’)\]]*$/;

/**
 * The rule of furniture that addresses the reader, for a short line of its own, if any.
 * `'Enter your email address to receive our daily briefing'` -> `'reader-prompt'`;
 * `'He told reporters the site would close.'` -> undefined.
 *
 * @example
 * readerFurniture('Never miss a headline: get our alerts'); // 'reader-prompt'
 */
export function readerFurniture(line: string): string | undefined {
  // Most lines are prose paragraphs: a cheap length test first.
  if (line.length > MAX_CHARS) return undefined;
  const words = wordSpans(line).map((w) => w.text.toLowerCase());
  if (words.length === 0 || words.length > 25 || SPEECH_RE.test(line)) return undefined;
  if (words.length <= 4 && FIELD_RE.test(line.trim())) return 'form-field';
  const segments = line.split(BAR_SPLIT_RE);
  if (segments.length >= 2 && segments.every((s) => s.trim() !== '' && wordSpans(s).length <= 3)) return 'share-prompt';
  const web = words.filter((w) => WEB_NOUNS.has(w)).length;
  // Case matters: `US` is a country, `us` the reader.
  const reader = wordSpans(line).filter((w) => READER.has(w.text) || READER.has(w.text.toLowerCase()) && w.text !== w.text.toUpperCase()).length;
  const imperative = line.split(SENTENCE_SPLIT_RE).some((s) => IMPERATIVES.has(wordSpans(s)[0]?.text.toLowerCase() ?? ''));
  // A finished sentence that addresses no one is prose about the web, not furniture.
  const isSentence = ENDS_SENTENCE_RE.test(line.trim());
  if (words.length <= 2 && web === words.length) return 'form-field';
  if (web >= 1 && reader >= 1 && (imperative || !isSentence || words.length <= 10)) return 'reader-prompt';
  if (web >= 1 && imperative && (!isSentence || reader >= 1)) return 'reader-prompt';
  if (web >= 2 && (reader >= 1 || (words.length <= 15 && !isSentence))) return 'reader-prompt';
  if (ACCOUNT_RE.test(line.trim()) && words.length <= 10) return 'reader-prompt';
  if (imperative && reader >= 1 && words.length <= 10 && !/[!?]$/.test(line.trim())) return 'reader-prompt';
  if (imperative && PAGE_RE.test(line) && words.length <= 10) return 'reader-prompt';
  return undefined;
}
