import type { Span } from '../model/index.ts';
import { tokenize } from './nlp.ts';
import type { SpeechCue } from './speech-cues.ts';

// Verbs whose subject is someone who speaks for themselves; `Speculation suggests`, `Video shows`
// or `the figures indicate` credit no speaker.
const AGENT_VERBS = new Set([
  'say', 'tell', 'announce', 'state', 'add', 'claim', 'confirm', 'deny', 'warn', 'insist', 'accuse', 'reject',
  'dismiss', 'comment', 'respond', 'reply', 'argue', 'urge', 'vow', 'pledge', 'promise', 'reveal', 'disclose',
  'admit', 'acknowledge', 'declare', 'complain', 'demand', 'blame', 'report', 'write', 'tweet', 'post', 'according to',
]);

/**
 * Spans of the names that speech cues credit: `Sony said`, `Tesco, which employs 300,000 people,
 * said`, `…,” said Uber.`, `according to Ofcom`. Subjects of findings (`Speculation suggests`) and
 * names with a role (`Another resident, Svetlana, said`) are left out.
 *
 * @example
 * speakerNameSpans(findSpeechCues(text, tokens, 0, tokens.length, [])); // [{ start: 0, end: 4 }] for `Sony said…`
 */
export function speakerNameSpans(cues: readonly SpeechCue[]): Span[] {
  const spans: Span[] = [];
  for (const { speaker, verb } of cues) {
    if (!speaker.name || !AGENT_VERBS.has(verb) || (speaker.role !== undefined && !/^which\b/.test(speaker.role))) continue;
    const at = speaker.text.lastIndexOf(speaker.name);
    if (at >= 0) spans.push({ start: speaker.start + at, end: speaker.start + at + speaker.name.length });
  }
  return spans;
}

/**
 * A name credited by a speech cue; a capitalised plural common noun (`Residents said`, `Critics
 * Say` in a headline) is no name.
 *
 * @example
 * isSpeakingName('Sony', 0, 4, spans); // true
 */
export function isSpeakingName(word: string, start: number, end: number, spans: readonly Span[]): boolean {
  // The whole name, not a piece of it: `Brul` in `Nick Van den Brul said` speaks for nobody.
  if (!spans.some((span) => start === span.start && end === span.end)) return false;
  return /\s/.test(word) || !isPluralCommonNoun(word);
}

/** `Residents` -> true (`residents` lemmatises to `resident`); `Sony`, `Siemens` -> false. */
function isPluralCommonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  const token = tokenize(`the ${lower}`)[1];
  return token !== undefined && token.pos === 'NOUN' && token.lemma !== lower && /s$/.test(lower);
}
