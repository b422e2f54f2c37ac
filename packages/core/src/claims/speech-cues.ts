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
]);
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
    if (!SPEECH_VERBS.has(token.lemma) || (token.pos !== 'VERB' && token.pos !== 'AUX')) continue;
    // `are said to have met` is a hedge, not a source.
    if (tokens[i - 1]?.lemma === 'be' && tokens[i + 1]?.lemma === 'to') continue;
    const subject = subjectOf(text, tokens, i, isMasked);
    if (subject) {
      cues.push(cue(text, subject.start, token.end, subject, token.lemma));
      continue;
    }
    // `,” said X.` is inverted; `said the leaders would meet` and `told reporters` are not.
    const inverted = token.lemma === 'tell' ? undefined : phraseAfter(text, tokens, i + 1);
    const follower = inverted ? tokens[inverted.last + 1] : undefined;
    const isInverted = !follower || follower.pos === 'PUNCT' || follower.lemma === 'who';
    if (inverted && isInverted && !isMasked(tokens[i + 1]) && opensClause(tokens[i - 1])) {
      cues.push(cue(text, token.start, inverted.end, inverted, token.lemma));
    }
  }
  return cues;
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

function cue(text: string, start: number, end: number, speaker: NounPhrase, verb: string): SpeechCue {
  return { speaker, text: text.slice(start, end), start, end, verb };
}
