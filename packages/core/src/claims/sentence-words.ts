import type { Span } from '../model/index.ts';
import type { Token } from './nlp.ts';
import { SPEECH_VERBS } from './speech-cues.ts';

/** One sentence's tokens with what the atom splitters ask of each: is it quoted, is it in brackets. */
export interface SentenceWords {
  text: string;
  tokens: readonly Token[];
  /** Inside a quotation (marks included): never cut there. */
  quoted: readonly boolean[];
  /** Inside brackets (`72 kilometers (44 miles)`): a conversion stays with its number. */
  bracketed: readonly boolean[];
}

const FINITE_AUX = new Set([
  'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'shall', 'should', "'s", '’s', "'re", '’re', "'ve", '’ve', "'ll", '’ll',
]);
// English strong verbs whose simple past is no participle (`ran`/`run`, `took`/`taken`).
const PAST_ONLY = new Set(
  `ran went came saw took gave ate fell flew drove rode wrote spoke broke chose froze stole woke rose grew knew
  threw drew blew began sang rang sank swam drank shrank sprang did hid bit forgot tore wore swore bore shook
  forgave forbade arose strove`.split(/\s+/),
);
const OPEN_RE = /^[([{]$/;
const NAME_START_RE = /^\p{Lu}\p{Ll}/u;
const NAME_PARTS_POS = new Set(['VERB', 'AUX', 'ADV', 'ADJ']);
// After these a capital opens a sentence or a quote rather than a name.
const OPENS_AFTER_RE = /^(?:[“"‘(:;—–-]|\.)$/;
const CLOSE_RE = /^[)\]}]$/;

/**
 * Index a sentence's tokens for splitting.
 *
 * @example
 * sentenceWords(text, tokens, quoteSpans).quoted; // [false, false, true, true, …]
 */
export function sentenceWords(text: string, sentenceTokens: readonly Token[], quotes: readonly Span[]): SentenceWords {
  // `the Ever Given`, `Ask Jeeves`: a capitalised verb or modifier inside a sentence is part of a name.
  const tokens = sentenceTokens.map((token, i) =>
    i > 0 && NAME_PARTS_POS.has(token.pos) && NAME_START_RE.test(token.text) && !OPENS_AFTER_RE.test(sentenceTokens[i - 1]?.text ?? '')
      ? { ...token, pos: 'PROPN' }
      : token,
  );
  let depth = 0;
  const bracketed = tokens.map((token) => {
    if (OPEN_RE.test(token.text)) depth++;
    const inside = depth > 0;
    if (CLOSE_RE.test(token.text)) depth = Math.max(0, depth - 1);
    return inside;
  });
  // A quote span covers the words; its marks sit one character outside.
  const first = tokens[0]?.start ?? 0;
  const last = tokens.at(-1)?.end ?? 0;
  const near = quotes.filter((q) => q.start - 1 < last && q.end + 1 > first);
  const quoted = tokens.map((token) => near.some((q) => token.start >= q.start - 1 && token.end <= q.end + 1));
  return { text, tokens, quoted, bracketed };
}

/** A token where a sentence may be cut: not quoted, not in brackets. */
export function isFree(words: SentenceWords, i: number): boolean {
  return words.quoted[i] === false && words.bracketed[i] === false;
}

/**
 * A verb that carries tense on its own: an auxiliary (`is`, `will`, `had`) or an inflected verb that
 * is no participle of `-ing` (`carries`, `slammed`, `sent`). A bare base form (`remain`) is left out:
 * after `to` or a modal it is no finite verb.
 */
export function isFiniteVerb(token: Token | undefined): boolean {
  if (!token) return false;
  const form = token.text.toLowerCase();
  if (token.pos === 'AUX') return FINITE_AUX.has(form);
  return token.pos === 'VERB' && form !== token.lemma && !form.endsWith('ing');
}

/** Any verb or auxiliary. */
export function isVerb(token: Token | undefined): boolean {
  return token?.pos === 'VERB' || token?.pos === 'AUX';
}

/**
 * A past participle or a past form that may be one (`situated`, `announced`, `known`): inflected,
 * not `-ing` or `-s`, and not a past that has a participle of its own (`ran`, `went`, `saw`).
 */
export function isParticiple(token: Token | undefined): boolean {
  if (!token || token.pos !== 'VERB') return false;
  const form = token.text.toLowerCase();
  return form !== token.lemma && !form.endsWith('ing') && !/[^s]s$/.test(form) && !PAST_ONLY.has(form);
}

/** A present participle: `carrying`, `killing`. */
export function isGerund(token: Token | undefined): boolean {
  return token?.pos === 'VERB' && token.text.toLowerCase().endsWith('ing');
}

/** A verb that reports speech (`said`, `told`, `according`). */
export function isSpeechWord(token: Token | undefined): boolean {
  return !!token && (SPEECH_VERBS.has(token.lemma) || token.lemma === 'accord');
}

/** Words read as a plural subject: `countries`, `Putin and Kim`, `they`. */
export function isPlural(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => t.lemma === 'and' || /^(?:they|we|these|those|both)$/i.test(t.text))) return true;
  const head = [...tokens].reverse().find((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM');
  if (!head) return false;
  const form = head.text.toLowerCase();
  return head.pos === 'NOUN' && form !== head.lemma && /s$/.test(form);
}

/** Past when the clause's tense-bearing word is past (`was`, `had`, `slammed`), else present. */
export function isPastTense(tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    const form = token.text.toLowerCase();
    if (token.pos === 'AUX' && FINITE_AUX.has(form)) return /^(?:was|were|had|did|would|could|might)$/.test(form);
    if (token.pos === 'VERB' && isFiniteVerb(token)) return !/s$/.test(form);
  }
  return false;
}
