import { antecedent, headOf } from './antecedent.ts';
import { predicateFrame, type PredicateFrame } from './conjuncts.ts';
import type { Token } from './nlp.ts';
import { isFiniteVerb, isFree, isGerund, isParticiple, isPastTense, isPlural, isSpeechWord, isVerb, type SentenceWords } from './sentence-words.ts';
import { range } from './subordinates.ts';

/** How an atom's restored words join its own: `X carries`, `X is situated`, `X's epicentre was`, `… died in X`. */
export type AtomLink = 'subject' | 'copula' | 'possessive' | 'locative';

/** A non-restrictive aside: its words, the antecedent it describes, and what leaves the main clause. */
export interface Aside {
  words: number[];
  lead: number[];
  link: AtomLink;
  /** The copula or preposition joining lead and words: `is`, `were`, `in`. */
  joiner: string;
  /** The commas and words that leave the main clause. */
  removed: number[];
  /** Index of the comma closing the aside, or -1 when it runs to the end. */
  close: number;
  /** Words whose modality it inherits: the verb group an adverbial `-ing` phrase depends on. */
  governing: number[];
  /** The relative word standing for the antecedent (`whose`, `in which`): in the span, not the text. */
  marker: number[];
}

const RELATIVE_PREPOSITIONS = new Set(['in', 'at', 'during', 'on', 'from', 'under', 'through', 'with', 'by', 'to', 'for']);
// `moments before the crash, which allowed …`: `which` there takes the whole clause, not the crash.
const SENTENTIAL_PREPOSITIONS = new Set(['before', 'after', 'since', 'during', 'following', 'amid', 'until', 'despite']);
// Participles that describe a state rather than an event: `situated`, `known as` take `is`.
const STATIVE = new Set(['situate', 'locate', 'base', 'know', 'call', 'name', 'dub', 'headquarter', 'nickname', 'title']);
const NAMING = new Set(['name', 'call', 'dub', 'know', 'nickname', 'title']);
// `, including parts of its hull,` extends a list; `, citing sources,` credits one: neither is a claim.
const NOT_ASIDES = new Set(['include', 'cite', 'quote', 'add', 'accord', 'follow', 'compare', 'exclude']);
// Verbs whose closing `-ing` phrase states the clause's outcome: `, killing all five people aboard`.
const RESULTS = new Set([
  'kill', 'result', 'cause', 'send', 'leave', 'force', 'prompt', 'bring', 'trigger', 'spark', 'injure', 'make',
  'raise', 'push', 'drive', 'end', 'destroy', 'damage', 'cut', 'leaving', 'take', 'put', 'give', 'set', 'mark',
  'claim', 'wound', 'displace', 'halt', 'stop', 'close', 'block', 'disrupt', 'strand', 'lead', 'render', 'affect',
]);
// Words that carry a list on from the noun before them: `, including the Hwasong missile`.
const EXTENDERS = new Set(['include', 'including', 'such', 'especially', 'notably', 'particularly', 'mainly', 'mostly', 'chiefly', 'plus']);
const APPOSITIVE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const APPOSITIVE_LINKS = new Set(['of', 'in', 'for', 'at', 'from', 'on']);
const POSSESSIVE_RE = /^(?:'s|’s|'|’)$/;
const POSSESSIVE_PRONOUN_RE = /^(?:its|his|her|their|our)$/i;
const ARTICLE_RE = /^(?:the|a|an)$/i;
// `on Sunday, September 10,`: a date in apposition is no claim.
const CALENDAR_RE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;
const FINAL_PUNCTUATION_RE = /^[.!?]+$/;
const CLOSING_MARK_RE = /^[”"’]$/;
const RELATIVE_RE = /^(?:which|who|whose|where)$/i;
const TIME_WORD_RE = /^(?:year|years|month|months|week|weeks|day|days|night|morning|afternoon|evening|today|yesterday|tonight|hour|hours|minute|minutes|season|decade|century|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
// Verbs whose participle takes `to` in the passive: `believed to be`, `expected to arrive`, `forced to flee`.
const PASSIVE_BEFORE_TO = new Set([
  'believe', 'expect', 'say', 'think', 'know', 'report', 'set', 'schedule', 'understand', 'fear', 'presume',
  'estimate', 'force', 'allow', 'require', 'design', 'intend', 'plan', 'mean', 'suppose', 'ask', 'order', 'tell',
  'use', 'due', 'slate', 'poise', 'expect', 'consider', 'rumour', 'rumor', 'alleged', 'allege', 'claim', 'compel',
]);
const SEQUENCE_RE = /^(?:then|later|also|subsequently|afterwards|eventually|finally|again|immediately|soon|and)$/i;
const AFTER_PARTICIPLE_POS = new Set(['ADP', 'ADV', 'NUM', 'PART']);

/**
 * The asides of a clause `[from, to)`: non-restrictive relative clauses (`, which flies the flag of
 * Singapore,`), participial asides (`, situated just 130 km (80 miles) from the border,`) and
 * appositives (`, the company's executive vice president,`), each with its antecedent.
 *
 * @example
 * findAsides(words, 0, 20).map((a) => a.words); // [[5, 6, 7, 8, 9]]
 */
export function findAsides(words: SentenceWords, from: number, to: number, body = from): Aside[] {
  const { tokens } = words;
  const end = FINAL_PUNCTUATION_RE.test(tokens[to - 1]?.text ?? '') ? to - 1 : to;
  const past = isPastTense(range(from, to).map((i) => tokens[i]).filter((t): t is Token => t !== undefined));
  const asides: Aside[] = [];
  for (let comma = from + 1; comma < end - 1; comma++) {
    if (tokens[comma]?.text !== ',' || !isFree(words, comma)) continue;
    const close = nextComma(words, comma + 1, end);
    const previous = asides.at(-1);
    // `Vladivostok, a city in …, where …`: the second aside describes the first one's antecedent.
    const chained = previous && previous.close === comma ? previous.lead : undefined;
    const lead = chained ?? antecedent(words, from, comma - 1);
    const opening = closesOpening(words, from, comma);
    const clause = (): PredicateFrame | undefined => {
      const gone = new Set(asides.flatMap((a) => a.removed));
      return predicateFrame(words, range(body, comma).filter((i) => !gone.has(i)));
    };
    // `the government, of which he was a member, inflicted …`: after an aside, or inside a relative
    // clause, a verb belongs to the clause, not to an aside.
    const afterAside = chained !== undefined;
    const frame = { comma, close, end, lead, past, clause, afterAside, inRelative: opensRelative(words, from, comma) };
    const aside = relative(words, { ...frame, close: extend(words, close, end) }) ?? (opening ? undefined : (participial(words, frame) ?? appositive(words, frame)));
    // `Russia's minister, Sergei Shoigu, tried to …`: what looks like an aside may hold the main verb.
    if (!aside || !keepsVerb(words, from, to, [...asides.flatMap((a) => a.removed), ...aside.removed])) continue;
    // `In Marrakech, whose old city …, parts of the walls …`: the opening phrase keeps its comma, and
    // so does a phrase the aside interrupts (`said X, a professor, adding that …`).
    if ((opening || isGerund(words.tokens[close + 1])) && close >= 0) aside.removed = aside.removed.filter((i) => i !== close);
    // `known as the “Titan,”`: the closing mark leaves with its comma.
    if (close >= 0 && !isFree(words, close)) {
      aside.removed.push(close + 1);
      aside.words.push(close + 1);
    }
    asides.push(aside);
    if (close >= 0) comma = close - 1;
    else break;
  }
  return asides;
}

interface Frame {
  comma: number;
  close: number;
  end: number;
  /** The noun phrase before the comma. */
  lead: number[];
  past: boolean;
  afterAside: boolean;
  /** The words since the previous comma open a relative clause (`, of which he was a member,`). */
  inRelative: boolean;
  /** The clause's subject and verb group when a verb comes before the comma (read on demand). */
  clause: () => PredicateFrame | undefined;
}

/** The stretch before `comma`, back to the previous comma, opens with a relative pronoun (after a preposition). */
function opensRelative(words: SentenceWords, from: number, comma: number): boolean {
  const { tokens } = words;
  let start = comma - 1;
  while (start > from && tokens[start - 1]?.text !== ',') start--;
  const first = tokens[start]?.pos === 'ADP' ? tokens[start + 1] : tokens[start];
  return /^(?:which|whom|who|whose|where)$/i.test(first?.text ?? '');
}

/** The clause keeps a verb of its own once the asides are out (one in a relative clause does not count). */
function keepsVerb(words: SentenceWords, from: number, to: number, removed: readonly number[]): boolean {
  const { tokens } = words;
  const gone = new Set(removed);
  let inRelative = false;
  for (let i = from; i < to; i++) {
    if (tokens[i]?.text === ',') inRelative = RELATIVE_RE.test(tokens[i + 1]?.text ?? '');
    if (!inRelative && !gone.has(i) && isVerb(tokens[i]) && isFree(words, i)) return true;
  }
  return false;
}

/**
 * `At the July meeting between Kim and Shoigu, the Hwasong missile …`: a comma that ends an opening
 * phrase with no verb is followed by the subject, not by an aside.
 */
function closesOpening(words: SentenceWords, from: number, comma: number): boolean {
  const { tokens } = words;
  const opening = range(from, comma);
  if (opening.some((i) => tokens[i]?.text === ',' && isFree(words, i))) return false;
  return /^(?:ADP|SCONJ)$/.test(tokens[from]?.pos ?? '') && !opening.some((i) => isVerb(tokens[i]));
}

/**
 * A relative clause runs on over what extends its last noun: `, in which he showed weapons, including
 * the Hwasong missile` ends at the sentence's end, not before `including`.
 */
function extend(words: SentenceWords, close: number, end: number): number {
  if (close < 0) return close;
  const { tokens } = words;
  // `who wrote the biography of Diana, princess of Wales.`: a closing apposition is the relative's too.
  const rest = range(close + 1, end);
  const closing = /^(?:NOUN|ADJ|DET)$/.test(tokens[close + 1]?.pos ?? '') && rest.every((i) => !isVerb(tokens[i]) && tokens[i]?.text !== ',');
  if (closing) return -1;
  if (!EXTENDERS.has(tokens[close + 1]?.lemma ?? '')) return close;
  return nextComma(words, close + 2, end);
}

/** Past the comma the clause goes on listing (`top hospitals, clean and efficient transport, …`). */
function listGoesOn(words: SentenceWords, close: number, end: number): boolean {
  if (close < 0) return false;
  const { tokens } = words;
  for (let k = close + 1; k < end; k++) {
    const token = tokens[k];
    if (!token || isVerb(token)) return false;
    if (token.pos === 'CCONJ') return true;
    if (!APPOSITIVE_POS.has(token.pos) && !APPOSITIVE_LINKS.has(token.lemma) && token.text !== ',' && token.text !== '-') return false;
  }
  return false;
}

/** `, which flies …`, `, who has …`, `, whose epicentre was …`, `, where …`, `, in which …`. */
function relative(words: SentenceWords, frame: Frame): Aside | undefined {
  const { tokens } = words;
  const n = frame.comma + 1;
  const first = tokens[n];
  const word = first?.text.toLowerCase() ?? '';
  const withPreposition = RELATIVE_PREPOSITIONS.has(word) && /^(?:which|whom)$/i.test(tokens[n + 1]?.text ?? '');
  if (!withPreposition && !/^(?:which|who|whose|where)$/.test(word)) return undefined;
  const head = headOf(words, frame.lead);
  if (!head || head.pos === 'PRON') return undefined;
  const body = range(withPreposition ? n + 2 : n + 1, stop(frame));
  if (body.length < 2 || !body.some((i) => isVerb(tokens[i]))) return undefined;
  const marker = range(n, body[0] ?? n);
  const build = (link: AtomLink, joiner: string): Aside => ({ words: body, lead: frame.lead, link, joiner, removed: removed(frame), close: frame.close, governing: [], marker });
  if (withPreposition) return opensWithSubject(tokens, body) ? build('locative', word) : undefined;
  if (word === 'whose') return build('possessive', '');
  if (word === 'where') return opensWithSubject(tokens, body) ? build('locative', 'in') : undefined;
  if (word === 'which' && isSentential(tokens, frame.lead[0] ?? 0)) return undefined;
  // Only a subject relative restores cleanly: `which flies …`, not `which the firm bought`.
  const verb = tokens[body[0] ?? -1]?.pos === 'ADV' ? tokens[body[1] ?? -1] : tokens[body[0] ?? -1];
  if (!isVerb(verb)) return undefined;
  return build('subject', '');
}

/** `, situated just 130 km from the border,`; mid-clause also `, carrying five people,`. */
function participial(words: SentenceWords, frame: Frame): Aside | undefined {
  const { tokens } = words;
  let n = frame.comma + 1;
  // `, then sprinted into the area`: a second predicate of the clause, not an aside.
  if (SEQUENCE_RE.test(tokens[n]?.text ?? '') || frame.afterAside || frame.inRelative) return undefined;
  if (tokens[n]?.pos === 'ADV') n++;
  const verb = tokens[n];
  // `, said the agency`, `, told reporters`: an inverted cue, not an aside (`announced by` is one).
  if (!verb || NOT_ASIDES.has(verb.lemma) || (isSpeechWord(verb) && !isPassiveBy(tokens, n))) return undefined;
  const next = tokens[n + 1];
  const plural = isPlural(frame.lead.map((i) => tokens[i]).filter((t): t is Token => t !== undefined));
  const build = (joiner: string): Aside => ({
    words: range(frame.comma + 1, stop(frame)), lead: frame.lead, link: 'copula', joiner, removed: removed(frame), close: frame.close, governing: [], marker: [],
  });
  // `, known as the Titan, tragically lost …`: a verb of its own past the participle is the main clause's.
  if (range(n + 1, stop(frame)).some((i) => isFiniteVerb(tokens[i]) && !/^(?:CCONJ|PART)$/.test(tokens[i - 1]?.pos ?? ''))) return undefined;
  if (frame.close >= 0 && tokens[frame.close + 1]?.pos === 'CCONJ') return undefined;
  if (isParticiple(verb)) {
    // `sales fell 2.8% last year, dragged down by …`: a time is never what a participle describes.
    if (frame.lead.length === 0 || frame.lead.some((i) => TIME_WORD_RE.test(tokens[i]?.text ?? ''))) return undefined;
    // `believed to be`, `expected to`: a passive before `to`; `looked to`, `tried to` are active pasts.
    const takesTo = next?.lemma === 'to' && PASSIVE_BEFORE_TO.has(verb.lemma);
    const fits = (AFTER_PARTICIPLE_POS.has(next?.pos ?? '') && next?.lemma !== 'to') || takesTo || (next?.pos === 'PROPN' && NAMING.has(verb.lemma));
    if (!fits) return undefined;
    const stative = STATIVE.has(verb.lemma);
    return build(stative ? (plural ? 'are' : 'is') : plural ? 'were' : 'was');
  }
  // A closing `-ing` phrase that tells what the clause caused (`, killing all five`) stays with it;
  // one that describes the noun before it (`, resting at a depth of 13,000 feet`) is an aside.
  if (!isGerund(verb) || (frame.close < 0 && RESULTS.has(verb.lemma))) return undefined;
  // After the verb, the phrase tells of the clause's subject (`The debris field was found …, resting
  // 2 1/2 miles beneath the surface`) and shares its verb's certainty (`is expected to travel …, travelling at 60 km/h`).
  const clause = frame.clause();
  const subject = clause?.subject;
  if (!subject && frame.lead.length === 0) return undefined;
  if (!subject) return build(frame.past ? (plural ? 'were' : 'was') : plural ? 'are' : 'is');
  const many = isPlural(subject.map((i) => tokens[i]).filter((t): t is Token => t !== undefined));
  return { ...build(frame.past ? (many ? 'were' : 'was') : many ? 'are' : 'is'), lead: subject, governing: clause?.chain ?? [] };
}

/** `, the company's executive vice president,`, `, North Korea's capital,`, `, 58,`. */
function appositive(words: SentenceWords, frame: Frame): Aside | undefined {
  const { tokens } = words;
  const body = range(frame.comma + 1, stop(frame));
  const items = body.map((i) => tokens[i]).filter((t): t is Token => t !== undefined);
  const first = items[0];
  if (!first || frame.lead.length === 0 || body.some((i) => !isFree(words, i) && !words.bracketed[i])) return undefined;
  const fits = items.every(
    (t, k) =>
      APPOSITIVE_POS.has(t.pos) ||
      POSSESSIVE_RE.test(t.text) ||
      POSSESSIVE_PRONOUN_RE.test(t.text) ||
      (k > 0 && APPOSITIVE_LINKS.has(t.lemma)) ||
      // `Russia's far eastern region`: an adverb grading the adjective after it.
      (t.pos === 'ADV' && /^(?:ADJ|NUM)$/.test(items[k + 1]?.pos ?? '')) ||
      t.text === '-' ||
      words.bracketed[body[k] ?? -1],
  );
  if (!fits || !items.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')) return undefined;
  const leadTokens = frame.lead.map((i) => tokens[i]).filter((t): t is Token => t !== undefined);
  if ([...items, ...leadTokens].some((t) => CALENDAR_RE.test(t.text))) return undefined;
  const head = headOf(words, frame.lead);
  const after = tokens[frame.close + 1];
  // `Spain, Britain, Qatar and …`, `Rabat, the capital, and …`: a list, not an apposition.
  if (tokens[(frame.lead[0] ?? 0) - 1]?.text === ',' || after?.pos === 'CCONJ' || listGoesOn(words, frame.close, frame.end)) return undefined;
  const isName = items.every((t, k) => t.pos === 'PROPN' || t.text === '-' || (k === 0 && ARTICLE_RE.test(t.text)));
  // `The US president, Joe Biden, said`, `The ship, the Dali, was`: a name in apposition to a
  // description, before the verb (`Colombo, Sri Lanka` is a place and its country).
  if (isName && (head?.pos !== 'NOUN' || !isVerb(after?.pos === 'ADV' ? tokens[frame.close + 2] : after))) return undefined;
  const isAge = items.length === 1 && first.pos === 'NUM';
  if (frame.close < 0 && !(ARTICLE_RE.test(first.text) && head?.pos === 'PROPN')) return undefined;
  if (isAge && head?.pos !== 'PROPN') return undefined;
  // `Stockton Rush, British billionaire Hamish Harding, …`: two names side by side are a list.
  const describes = items.some((t) => POSSESSIVE_RE.test(t.text) || t.lemma === 'of');
  if (!isName && head?.pos === 'PROPN' && items.at(-1)?.pos === 'PROPN' && !describes && !ARTICLE_RE.test(first.text)) return undefined;
  if (!isName && !isAge && !ARTICLE_RE.test(first.text) && first.pos === 'NOUN' && head?.pos !== 'PROPN') return undefined;
  const plural = isPlural(leadTokens);
  return { words: body, lead: frame.lead, link: 'copula', joiner: plural ? 'are' : 'is', removed: removed(frame), close: frame.close, governing: [], marker: [] };
}

/** `before the crash, which …`, `prior to the crash, which …`: `which` takes the whole clause. */
function isSentential(tokens: readonly Token[], leadStart: number): boolean {
  const before = tokens[leadStart - 1];
  if (SENTENTIAL_PREPOSITIONS.has(before?.lemma ?? '')) return true;
  return before?.lemma === 'to' && /^(?:prior|due|thanks|ahead|owing|leading)$/i.test(tokens[leadStart - 2]?.text ?? '');
}

/** `announced jointly by X`, `believed to be`: a speech verb's passive participle, no cue. */
function isPassiveBy(tokens: readonly Token[], n: number): boolean {
  return tokens[n + 1]?.lemma === 'to' || tokens.slice(n + 1, n + 4).some((t) => t.lemma === 'by');
}

/** The aside's last word: before its closing comma, else the clause end. */
function stop(frame: Frame): number {
  return frame.close >= 0 ? frame.close : frame.end;
}

/** The opening comma, the aside and its closing comma (the main clause reads on without them). */
function removed(frame: Frame): number[] {
  return range(frame.comma, frame.close >= 0 ? frame.close + 1 : frame.end);
}

/** The next comma outside quotes and brackets; a comma just inside a closing mark counts (`the “Titan,”`). */
function nextComma(words: SentenceWords, from: number, end: number): number {
  const { tokens } = words;
  for (let k = from; k < end; k++) {
    if (tokens[k]?.text !== ',' || words.bracketed[k]) continue;
    if (isFree(words, k)) return k;
    if (CLOSING_MARK_RE.test(tokens[k + 1]?.text ?? '') && k + 1 < end) return k;
  }
  return -1;
}

/** `the quake was centred`: a subject of a few words, then a verb. */
function opensWithSubject(tokens: readonly Token[], body: readonly number[]): boolean {
  for (let k = 0; k < Math.min(body.length, 7); k++) {
    const token = tokens[body[k] ?? -1];
    if (k > 0 && isVerb(token)) return true;
    // `most of the victims died`: a quantity of a group is a subject too.
    if (!token || !(/^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|PART|ADV)$/.test(token.pos) || (k > 0 && token.lemma === 'of'))) return false;
  }
  return false;
}
