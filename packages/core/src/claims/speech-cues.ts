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
  'disclose', 'plead', 'demand', 'accuse', 'blame', 'hint', 'signal', 'dismiss', 'reject', 'show',
]);
// `show` credits a source only when data shows something: `official figures showed`.
const DATA_SUBJECT_RE = /\b(?:figures|data|statistics|study|survey|poll|research|records|report|analysis|results)\b/i;
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
    if (!isSpeechVerb(token, tokens[i - 1])) continue;
    // `are said to have met`, `a fee believed to be` are hedges, not sources; `an estimated €1bn` is an adjective.
    // `to continue negotiations` is an infinitive, not a report.
    if (tokens[i + 1]?.lemma === 'to' || tokens[i - 1]?.pos === 'DET' || tokens[i - 1]?.lemma === 'to') continue;
    const subject = subjectOf(text, tokens, i, isMasked);
    if (token.lemma === 'show' && !DATA_SUBJECT_RE.test(subject?.text ?? '')) continue;
    if (subject) {
      cues.push(cue(text, subject.start, token.end, subject, verbLemma(token)));
      continue;
    }
    // `,” said X.` is inverted; `said the leaders would meet` and `told reporters` are not.
    // `adding X` takes an object, never an inverted subject.
    const inverted = token.lemma === 'tell' || /ing$/.test(token.text) ? undefined : phraseAfter(text, tokens, i + 1);
    const follower = inverted ? tokens[inverted.last + 1] : undefined;
    // `said X.`, `fumed X after the match`; not `said the leaders would meet`.
    const isInverted = !follower || !['VERB', 'AUX', 'PART'].includes(follower.pos);
    if (inverted && isInverted && !isMasked(tokens[i + 1]) && opensClause(tokens[i - 1])) {
      cues.push(cue(text, token.start, inverted.end, inverted, verbLemma(token)));
    }
  }
  return cues;
}

/** A speech verb; right after a closing quote, also one the tagger took for an adjective (`,” fumed X`). */
function isSpeechVerb(token: Token, before: Token | undefined): boolean {
  if (SPEECH_VERBS.has(token.lemma) && (token.pos === 'VERB' || token.pos === 'AUX')) return true;
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

/** `Jon Finer, deputy national security adviser to …, told` or `Another resident, Svetlana, said`. */
function appositiveSubject(
  text: string,
  tokens: readonly Token[],
  comma: number,
  isMasked: (token: Token | undefined) => boolean,
): NounPhrase | undefined {
  for (let k = comma - 1; k >= Math.max(0, comma - APPOSITIVE_MAX_TOKENS); k--) {
    const token = tokens[k];
    if (!token || isMasked(token) || /^[.!?;:“”"]$/.test(token.text)) return undefined;
    if (token.text !== ',') continue;
    const outer = phraseBefore(text, tokens, k - 1);
    if (!outer) return undefined;
    const inner = phraseBefore(text, tokens, comma - 1);
    const appositive = text.slice(tokens[k + 1]?.start ?? 0, tokens[comma - 1]?.end ?? 0);
    if (outer.name) return { ...outer, role: outer.role ?? appositive.replace(ARTICLE_RE, '') };
    if (inner?.name && inner.first === k + 1) return { ...inner, role: outer.text.replace(ARTICLE_RE, '') };
    return outer;
  }
  return undefined;
}

/** An inverted verb follows a closing quote, a comma or the start of the sentence. */
function opensClause(before: Token | undefined): boolean {
  return before === undefined || before.pos === 'PUNCT';
}

function verbLemma(token: Token): string {
  if (SPEECH_VERBS.has(token.lemma)) return token.lemma;
  const stem = token.text.toLowerCase().replace(/e?d$/, '');
  return SPEECH_VERBS.has(stem) ? stem : `${stem}e`;
}

function cue(text: string, start: number, end: number, speaker: NounPhrase, verb: string): SpeechCue {
  return { speaker, text: text.slice(start, end), start, end, verb };
}
