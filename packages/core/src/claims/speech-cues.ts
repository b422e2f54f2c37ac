import type { Token } from './nlp.ts';
import { phraseAfter, phraseBefore, type NounPhrase } from './noun-phrase.ts';

/** Who a speech verb or `according to` names, and the words that do it. */
export interface SpeechCue {
  speaker: NounPhrase;
  /** `said Kremlin spokesman Dmitry Peskov`, `according to analysts`. */
  text: string;
  start: number;
  end: number;
  /** Lemma of the verb, or `according to`. */
  verb: string;
}

/** Verbs that report speech or writing (lemmas). */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'state', 'comment', 'note', 'explain', 'warn', 'declare', 'insist', 'write',
  'argue', 'claim', 'ask', 'reply', 'announce', 'acknowledge', 'admit', 'recall', 'suggest', 'urge',
  'tweet', 'post', 'quip', 'joke', 'concede', 'predict', 'describe', 'confirm', 'deny', 'report',
  'mention', 'speculate', 'assert', 'maintain', 'stress', 'emphasise', 'emphasize', 'remark',
  'observe', 'caution', 'allege', 'testify', 'respond', 'reiterate', 'shout', 'whisper', 'continue',
  // Sources of findings and beliefs: `researchers found`, `scientists believe`.
  'find', 'believe', 'estimate', 'conclude', 'forecast',
  // Verbs of speech with attitude: `fumed`, `vowed`, `dismissed … as`.
  'fume', 'vow', 'pledge', 'promise', 'boast', 'complain', 'counter', 'retort', 'protest', 'reveal',
  'disclose', 'plead', 'demand', 'accuse', 'blame', 'hint', 'signal', 'dismiss', 'reject', 'show', 'indicate',
  // Forecasts credit their source: `forecasters expect highs of 40C`.
  'expect',
]);
// Verbs that credit a source only in one frame: `ruled out`/`ruled that`; `called the bill “…”`.
const FRAMED_VERBS: ReadonlyMap<string, (next: readonly Token[]) => boolean> = new Map([
  ['rule', (next) => next[0]?.lemma === 'out' || next[0]?.lemma === 'that'],
  // `called on ministers to act`, `called for an inquiry`: a demand is a statement.
  ...['call', 'brand', 'label', 'dub', 'term'].map((verb): [string, (next: readonly Token[]) => boolean] => [
    verb,
    (next) => next.slice(0, 6).some((t) => /^[“"‘]$/.test(t.text)) || (verb === 'call' && /^(?:on|for)$/.test(next[0]?.lemma ?? '')),
  ]),
]);
/** Lemmas of the framed verbs above, for callers that filter cues by verb. */
export const FRAMED_SPEECH_VERBS: ReadonlySet<string> = new Set(FRAMED_VERBS.keys());
const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', '’s', "'s"]);
// `show` and `indicate` credit a source only when data or a document does: `official figures showed`,
// `the Kremlin's statement indicated`.
const DATA_SUBJECT_RE = /\b(?:figures|data|statistics|study|survey|poll|research|records|report|analysis|results|statement|document|letter|filing|readout|communiqu[eé])\b/i;
const DATA_VERBS = new Set(['show', 'indicate']);
const SKIPPABLE = new Set(['ADV', 'AUX', 'PART']);
const APPOSITIVE_MAX_TOKENS = 20;
const ARTICLE_RE = /^(?:the|a|an)\s+/i;

/**
 * Speech cues among `tokens[from..to)`, skipping tokens inside `masked` spans (quoted words):
 * `X said`, `said X`, `X, a role, said`, `according to X`.
 *
 * @example
 * findSpeechCues(text, tokens, 0, tokens.length, [])[0]?.speaker.name; // 'Dmitry Peskov'
 */
export function findSpeechCues(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  masked: ReadonlyArray<{ start: number; end: number }>,
): SpeechCue[] {
  const cues: SpeechCue[] = [];
  const isMasked = (token: Token | undefined): boolean =>
    token !== undefined && masked.some((span) => token.start >= span.start && token.end <= span.end);
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (!token || isMasked(token)) continue;
    if (token.lemma === 'accord' && tokens[i + 1]?.lemma === 'to') {
      const speaker = phraseAfter(text, tokens, i + 2);
      if (speaker && !isMasked(tokens[i + 2])) cues.push(cue(text, token.start, speaker.end, speaker, 'according to'));
      continue;
    }
    if (!isSpeechVerb(tokens, i)) continue;
    // `a woman was found dead`, `the court was told`: a passive verb's subject is not its source.
    if (isPassive(tokens, i) || isReducedRelative(tokens, i)) continue;
    // `has not ruled out a ban` credits nobody with a denial.
    if (token.lemma === 'rule' && /^(?:not|n't|never)$/.test(tokens[i - 1]?.text ?? '')) continue;
    // `are said to have met`, `a fee believed to be` are hedges, not sources; `an estimated €1bn` is an adjective.
    // `to continue negotiations` is an infinitive, not a report.
    if (tokens[i + 1]?.lemma === 'to' || tokens[i - 1]?.pos === 'DET' || tokens[i - 1]?.lemma === 'to') continue;
    const subject = subjectOf(text, tokens, i, isMasked);
    if (DATA_VERBS.has(token.lemma) && !DATA_SUBJECT_RE.test(subject?.text ?? '')) continue;
    if (subject) {
      cues.push(cue(text, subject.start, token.end, subject, verbLemma(token)));
      continue;
    }
    // `,” said X.` is inverted; `said the leaders would meet` and `told reporters` are not.
    // `adding X` takes an object, never an inverted subject; `Ask any farmer` is an imperative.
    const isBaseForm = token.text.toLowerCase() === verbLemma(token);
    const takesObject = token.lemma === 'tell' || FRAMED_VERBS.has(token.lemma) || /ing$/.test(token.text) || isBaseForm;
    const inverted = takesObject ? undefined : phraseAfter(text, tokens, i + 1);
    const follower = inverted ? tokens[inverted.last + 1] : undefined;
    // `said X.`, `fumed X after the match`; not `said the leaders would meet`.
    const isInverted = !follower || !['VERB', 'AUX', 'PART'].includes(follower.pos);
    if (inverted && isInverted && !isMasked(tokens[i + 1]) && opensClause(tokens[i - 1])) {
      const speaker = namedAppositive(text, tokens, inverted) ?? inverted;
      cues.push(cue(text, token.start, speaker.end, speaker, verbLemma(token)));
    }
  }
  return cues;
}

/**
 * A speech verb; right after a closing quote, also one the tagger took for an adjective (`,” fumed X`);
 * closing a clause after its subject, one it took for a noun (`, analysts at ING estimate.`).
 */
function isSpeechVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  if (!token) return false;
  const isVerb = token.pos === 'VERB' || token.pos === 'AUX';
  if (isVerb && SPEECH_VERBS.has(token.lemma)) return true;
  if (isVerb && FRAMED_VERBS.get(token.lemma)?.(tokens.slice(i + 1, i + 8))) return true;
  const closesClause = /^[.!?]$/.test(tokens[i + 1]?.text ?? '') && /^(?:NOUN|PROPN)$/.test(before?.pos ?? '');
  if (token.pos === 'NOUN' && SPEECH_VERBS.has(token.lemma) && closesClause && /^\p{Ll}/u.test(token.text)) return true;
  if (!before || !/^[”"’]$/.test(before.text)) return false;
  const stem = token.text.toLowerCase().replace(/e?d$/, '');
  return SPEECH_VERBS.has(stem) || SPEECH_VERBS.has(`${stem}e`);
}

/** The subject before a speech verb, over adverbs and auxiliaries (`he also said`) and appositives. */
function subjectOf(
  text: string,
  tokens: readonly Token[],
  verb: number,
  isMasked: (token: Token | undefined) => boolean,
): NounPhrase | undefined {
  let j = verb - 1;
  while (j >= 0 && SKIPPABLE.has(tokens[j]?.pos ?? '') && !isMasked(tokens[j])) j--;
  const before = tokens[j];
  if (!before || isMasked(before)) return undefined;
  // `the agency, which said`: the relative pronoun stands for the phrase before the comma.
  if ((before.lemma === 'which' || before.lemma === 'who') && tokens[j - 1]?.text === ',') {
    return phraseBefore(text, tokens, j - 2);
  }
  // `…, claiming that`: a participle's subject is the main clause's, which we do not parse.
  if (before.text === ',' && /ing$/.test(tokens[verb]?.text ?? '')) return undefined;
  if (before.text === ',') return appositiveSubject(text, tokens, j, isMasked);
  return phraseBefore(text, tokens, j);
}

/**
 * `Jon Finer, deputy national security adviser to …, told`, `Another resident, Svetlana, said`,
 * `Smith, 42, of no fixed address, denies`: the outermost phrase with a name, over stacked appositives.
 */
function appositiveSubject(
  text: string,
  tokens: readonly Token[],
  comma: number,
  isMasked: (token: Token | undefined) => boolean,
): NounPhrase | undefined {
  let fallback: NounPhrase | undefined;
  for (let k = comma - 1; k >= Math.max(0, comma - APPOSITIVE_MAX_TOKENS); k--) {
    const token = tokens[k];
    if (!token || isMasked(token) || (/^[.!?;:“”"]$/.test(token.text) && !isAbbreviationStop(tokens, k))) break;
    if (token.text !== ',') continue;
    const outer = phraseBefore(text, tokens, k - 1);
    if (!outer) break;
    const inner = phraseBefore(text, tokens, comma - 1);
    const appositive = text.slice(tokens[k + 1]?.start ?? 0, tokens[comma - 1]?.end ?? 0);
    if (outer.name) return { ...outer, role: outer.role ?? appositive.replace(ARTICLE_RE, '') };
    if (inner?.name && inner.first === k + 1) return { ...inner, role: outer.text.replace(ARTICLE_RE, '') };
    // `42,` is an age, not a subject: look further back for the name it belongs to.
    if (!fallback && !/^\d+$/.test(outer.text)) fallback = outer;
  }
  return fallback;
}

/** `D-Nev.,`: a full stop closing a short capitalised abbreviation inside an appositive. */
function isAbbreviationStop(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === '.' && /^\p{Lu}\p{L}{0,3}$/u.test(tokens[k - 1]?.text ?? '') && tokens[k + 1]?.text === ',';
}

/** `asked one farmer, Gareth Price.`: a name set off after a descriptor is the speaker, the descriptor its role. */
function namedAppositive(text: string, tokens: readonly Token[], phrase: NounPhrase): NounPhrase | undefined {
  if (phrase.name || tokens[phrase.last + 1]?.text !== ',') return undefined;
  const named = phraseAfter(text, tokens, phrase.last + 2);
  if (!named?.name || !/^[.!?,;”"]$/.test(tokens[named.last + 1]?.text ?? '.')) return undefined;
  return { ...named, role: named.role ?? phrase.text.replace(ARTICLE_RE, '') };
}

/** `was found`, `has been told`: a participle after a form of `be`, adverbs skipped. */
function isPassive(tokens: readonly Token[], verb: number): boolean {
  const token = tokens[verb];
  if (!token || !/(?:ed|en|wn|ld|id|nd|ght|forecast)$/.test(token.text)) return false;
  let j = verb - 1;
  while (j >= 0 && tokens[j]?.pos === 'ADV') j--;
  return BE_FORMS.has(tokens[j]?.text.toLowerCase() ?? '');
}

/** `the colours found in the films`: a participle after its noun, then a preposition, is no report. */
function isReducedRelative(tokens: readonly Token[], verb: number): boolean {
  const token = tokens[verb];
  if (!token || !/^(?:found|shown|described|reported|noted|estimated)$/i.test(token.text)) return false;
  return tokens[verb - 1]?.pos === 'NOUN' && /^(?:in|on|at|across|inside|near|among|during)$/.test(tokens[verb + 1]?.lemma ?? '');
}

/** An inverted verb follows a closing quote, a comma or the start of the sentence. */
function opensClause(before: Token | undefined): boolean {
  return before === undefined || before.pos === 'PUNCT';
}

function verbLemma(token: Token): string {
  if (SPEECH_VERBS.has(token.lemma) || FRAMED_VERBS.has(token.lemma)) return token.lemma;
  const stem = token.text.toLowerCase().replace(/e?d$/, '');
  return SPEECH_VERBS.has(stem) ? stem : `${stem}e`;
}

function cue(text: string, start: number, end: number, speaker: NounPhrase, verb: string): SpeechCue {
  return { speaker, text: text.slice(start, end), start, end, verb };
}
