import type { Quote, Span } from '../model/index.ts';
import { tokenize, type Token } from './nlp.ts';
import { pronounContext, resolveSpeaker } from './pronouns.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { FRAMED_SPEECH_VERBS, findSpeechCues, SPEECH_VERBS, type SpeechCue } from './speech-cues.ts';

export interface QuoteOptions {
  tokens?: readonly Token[];
  /** Sentence spans of the same text; without them, sentences are found by punctuation. */
  sentences?: readonly Span[];
}

const SENTENCE_END_RE = /[.!?]["”’]?\s+(?=[“"‘\p{Lu}])|\n/gu;
const ABBREVIATION_RE = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|Lt|Col|No|Gov|\p{Lu})\.$/u;
const PARTIAL_MAX_WORDS = 8;
// Verbs that credit a finding or a belief (`figures showed`) credit no quoted words.
const NOT_QUOTING = new Set(['show', 'find', 'believe', 'estimate', 'conclude', 'forecast']);
const QUOTING_VERBS = new Set([...SPEECH_VERBS, ...FRAMED_SPEECH_VERBS, 'according to'].filter((verb) => !NOT_QUOTING.has(verb) && verb !== 'rule'));
// After a quote and its cue, nothing but the end of that sentence: `,” said X, 67, standing outside. “`
const CONTINUATION_RE = /^[^.!?“”"]{0,120}[.!?]\s*$/;
// Between two quotes of one speaker: nothing but spaces or bracket debris (`” [y] “`).
const ADJACENT_RE = /^[\s\p{P}\w]{0,8}$/u;
// `“in the coming days,” while state media mentioned…`: a cue past a clause joint speaks for its own
// clause, not for the quote before the joint.
const CLAUSE_JOINT_RE = /(?:^|[\s,])(?:while|whilst|whereas|but|although|though|yet|and|because|unless)\s|;/i;
const QUOTED_RE = /[“"][^”"]*[”"]/g;

/**
 * Direct quotes with their speakers: `“…,” he said`, `said X`, `X said: “…”`, `according to X`,
 * `X told reporters`, titles and roles (`Kremlin spokesman Dmitry Peskov`), pronouns resolved to the
 * last named speaker, partial quotes inside reported speech, and unbalanced quotation marks.
 *
 * @example
 * extractQuotes('“It will be a large-scale visit,” said Kremlin spokesman Dmitry Peskov.')[0];
 * // { text: 'It will be a large-scale visit', speaker: 'Dmitry Peskov',
 * //   cue: 'said Kremlin spokesman Dmitry Peskov', partial: false, unbalanced: false, … }
 */
export function extractQuotes(text: string, options: QuoteOptions = {}): Quote[] {
  const spans = findQuoteSpans(text);
  if (spans.length === 0) return [];
  const tokens = options.tokens ?? tokenize(text);
  const cues = findSpeechCues(text, tokens, 0, tokens.length, spans);
  const context = pronounContext(text, tokens, cues);
  const quotes = spans.map((span) => {
    const frame = frameOf(text, span, options.sentences);
    const cue = nearestCue(text, cues, span, frame);
    return toQuote(text, span, cue, cue ? resolveSpeaker(context, cue, span.outerStart, frame.start) : null);
  });
  // A quote with no cue opening the next sentence continues the previous quote's speaker.
  for (let i = 1; i < quotes.length; i++) {
    const quote = quotes[i];
    const previous = quotes[i - 1];
    const span = spans[i];
    const previousSpan = spans[i - 1];
    if (!quote || !previous || !span || !previousSpan || quote.cue !== undefined || previous.speaker === null) continue;
    const between = text.slice(previousSpan.outerEnd, span.outerStart);
    if (!CONTINUATION_RE.test(between)) continue;
    quotes[i] = { ...quote, speaker: previous.speaker, ...(previous.cue === undefined ? {} : { cue: previous.cue }) };
  }
  // A quote with no cue takes the speaker of the quote that directly follows it (`“A.” [y] “B,” said X`).
  for (let i = quotes.length - 2; i >= 0; i--) {
    const quote = quotes[i];
    const next = quotes[i + 1];
    const span = spans[i];
    const nextSpan = spans[i + 1];
    if (!quote || !next || !span || !nextSpan || quote.speaker !== null || quote.cue !== undefined) continue;
    if (!ADJACENT_RE.test(text.slice(span.outerEnd, nextSpan.outerStart))) continue;
    quotes[i] = { ...quote, speaker: next.speaker, ...(next.cue === undefined ? {} : { cue: next.cue }) };
  }
  return quotes;
}

function toQuote(text: string, span: QuoteSpan, cue: SpeechCue | undefined, speaker: string | null): Quote {
  const words = text.slice(span.start, span.end);
  const quote: Quote = {
    text: words,
    speaker,
    start: span.start,
    end: span.end,
    partial: isPartial(text, span, words),
    unbalanced: span.unbalanced,
  };
  if (cue) quote.cue = cue.text;
  return quote;
}

/** A few words quoted inside a sentence, not a whole statement: `would “pay a price.”` */
function isPartial(text: string, span: QuoteSpan, words: string): boolean {
  const startsSentence = /^\p{Lu}/u.test(words);
  const before = text.slice(Math.max(0, span.outerStart - 3), span.outerStart);
  const afterClause = /(?:^|[:,.!?])\s*$/.test(before) || /\n\s*$/.test(before);
  const wordCount = words.split(/\s+/).length;
  if (startsSentence && afterClause) return false;
  return !(startsSentence && wordCount > PARTIAL_MAX_WORDS);
}

/** The sentence(s) the quote sits in: from its opening sentence's start to its closing sentence's end. */
function frameOf(text: string, span: QuoteSpan, sentences: readonly Span[] | undefined): Span {
  if (sentences && sentences.length > 0) {
    const inside = sentences.filter((s) => s.end > span.outerStart && s.start < span.outerEnd);
    const first = inside[0];
    const last = inside.at(-1);
    if (first && last) return { start: first.start, end: last.end };
  }
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_END_RE)) {
    const boundary = match.index + match[0].length;
    if (match[0] !== '\n' && ABBREVIATION_RE.test(text.slice(Math.max(0, match.index - 5), match.index + 1))) continue;
    if (boundary <= span.outerStart) start = boundary;
    else if (match.index >= span.end - 1) {
      end = Math.max(match.index + 1, span.outerEnd);
      break;
    }
  }
  return { start, end };
}

/**
 * The cue in the frame closest to the quote, never one that a clause joint after the quote puts in
 * another clause; one right after the closing mark wins a tie.
 */
function nearestCue(text: string, cues: readonly SpeechCue[], span: QuoteSpan, frame: Span): SpeechCue | undefined {
  let best: SpeechCue | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const cue of cues) {
    if (cue.start < frame.start || cue.end > frame.end || !QUOTING_VERBS.has(cue.verb)) continue;
    if (cue.start >= span.outerStart && cue.end <= span.outerEnd) continue;
    if (cue.start >= span.outerEnd && CLAUSE_JOINT_RE.test(text.slice(span.outerEnd, cue.start).replace(QUOTED_RE, ''))) continue;
    const distance = cue.start >= span.outerEnd ? cue.start - span.outerEnd : span.outerStart - cue.end + 1;
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  return best;
}
