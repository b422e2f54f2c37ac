import type { Token } from './nlp.ts';
import { isFree, isFiniteVerb, isGerund, isSpeechWord, isVerb, type SentenceWords } from './sentence-words.ts';

/** A predicate split off its clause, with the words restored before it: the subject (and a shared auxiliary). */
export interface Conjunct {
  words: number[];
  lead: number[];
}

const MAX_SUBJECT = 12;
const SUBJECT_HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const NOT_SUBJECT_START = new Set(['SCONJ', 'ADP', 'CCONJ', 'VERB', 'AUX']);
const MODAL_RE = /^(?:will|would|may|might|could|can|should|must|shall|to)$/i;
const NEGATION_RE = /^(?:not|n't|n’t|never)$/i;
const PRESENT_RE = /[^s]s$/;
const OPENER_RE = /^(?:but|and|so|yet|however|meanwhile|still|also)$/i;
// Verbs whose past is their base form: after a past verb, `and cost $2.3bn`, `and hit the bridge` are past too.
const SAME_PAST = new Set(['cost', 'hit', 'put', 'set', 'cut', 'let', 'hurt', 'shut', 'spread', 'quit', 'cast', 'burst', 'split', 'bet', 'read']);

/**
 * Split `and`-coordinated predicates that share a subject: `The 1.6-mile bridge opened in 1977 and
 * carries about 35,000 people a day` -> main `The 1.6-mile bridge opened in 1977` and a conjunct
 * `carries about 35,000 people a day` whose lead is `The 1.6-mile bridge`; `may have lost power and
 * crashed` lends `may have` too. `list` holds the clause's token indices (asides already removed);
 * the subject is looked for from `body` on (after a leading `X said`).
 *
 * @example
 * splitConjuncts(words, [0, 1, 2, 3, 4, 5, 6, 7], 0); // { main: [0, 1, 2, 3], conjuncts: [{ words: [5, 6, 7], lead: [0, 1] }] }
 */
export function splitConjuncts(words: SentenceWords, list: readonly number[], body: number): { main: number[]; conjuncts: Conjunct[] } {
  const { tokens } = words;
  const whole = { main: [...list], conjuncts: [] };
  const seq = list.filter((i) => i >= body);
  const at = (p: number): Token | undefined => tokens[seq[p] ?? -1];
  const frame = predicateFrame(words, seq);
  if (!frame) return whole;
  const { subject, head, chain } = frame;
  // `they never conspired to promote smoking and fool the public`: a negation's scope is not ours to split.
  const group = seq.slice(Math.max(0, frame.verb - 2), head + 1);
  if (group.some((i) => NEGATION_RE.test(tokens[i]?.text ?? ''))) return whole;
  const cuts: Array<{ and: number; lead: number[] }> = [];
  for (let p = head + 1; p < seq.length - 2; p++) {
    // `X could get A and advanced B`: a verb of another clause before `and` (a cue aside) ends the search.
    if (isFiniteVerb(at(p)) && !isSpeechWord(at(p))) break;
    if (at(p)?.lemma !== 'and' || at(p)?.pos !== 'CCONJ' || !isFree(words, seq[p] ?? -1)) continue;
    let r = p + 1;
    while (at(r)?.pos === 'ADV') r++;
    const lead = leadFor(tokens, at(r), at(head), subject, chain);
    if (lead) cuts.push({ and: p, lead });
  }
  if (cuts.length === 0) return whole;
  const before = list.filter((i) => i < body);
  const firstCut = cuts[0]?.and ?? seq.length;
  const conjuncts = cuts.map((cut, k) => ({ words: withoutTrailingComma(tokens, seq.slice(cut.and + 1, cuts[k + 1]?.and ?? seq.length)), lead: cut.lead }));
  return { main: [...before, ...withoutTrailingComma(tokens, seq.slice(0, firstCut))], conjuncts };
}

/** A clause's subject, the position of its head verb in `seq`, and the auxiliaries before it. */
export interface PredicateFrame {
  subject: number[];
  /** Position in `seq` of the first verb and of the head verb (`is expected to hold` -> `hold`). */
  verb: number;
  head: number;
  chain: number[];
}

/**
 * Read a clause's subject and verb group: `North Korean leader Kim Jong Un is expected to hold …` ->
 * subject `North Korean leader Kim Jong Un`, chain `is expected to`, head `hold`.
 *
 * @example
 * predicateFrame(words, [0, 1, 2, 3, 4, 5])?.subject; // [0, 1]
 */
export function predicateFrame(words: SentenceWords, seq: readonly number[]): PredicateFrame | undefined {
  const { tokens } = words;
  const at = (p: number): Token | undefined => tokens[seq[p] ?? -1];
  const s = subjectStart(words, seq);
  let v = s;
  while (v < seq.length && !isVerb(at(v))) v++;
  const subject = trimAdverbs(tokens, seq.slice(s, v));
  if (v >= seq.length || !isSubject(words, subject)) return undefined;
  let head = v;
  while (head < seq.length && (at(head)?.pos === 'AUX' || at(head)?.pos === 'ADV' || at(head)?.lemma === 'to' || at(head + 1)?.lemma === 'to')) head++;
  const chain = seq.slice(v, head).filter((i) => tokens[i]?.pos !== 'ADV');
  return { subject, verb: v, head, chain };
}

/**
 * Skip an opening phrase with no verb before a comma (`On Monday, X …`, `In Marrakech, …`) and a
 * comment clause (`In exchange, they speculate, Kim could get …`).
 */
function subjectStart(words: SentenceWords, seq: readonly number[]): number {
  let start = 0;
  // `But Dyer had …`, `And the Blues …`: a joining word opens no subject.
  while (OPENER_RE.test(words.tokens[seq[start] ?? -1]?.text ?? '')) start++;
  for (let p = 0; p < seq.length; p++) {
    const token = words.tokens[seq[p] ?? -1];
    const isComment = isSpeechWord(token) && words.tokens[seq[p + 1] ?? -1]?.text === ',' && p - start <= 3;
    if (isVerb(token) && !isComment) break;
    if (token?.text === ',' && isFree(words, seq[p] ?? -1)) start = p + 1;
  }
  return start;
}

function trimAdverbs(tokens: readonly Token[], phrase: number[]): number[] {
  const out = [...phrase];
  while (out.length > 0 && tokens[out.at(-1) ?? -1]?.pos === 'ADV') out.pop();
  return out;
}

function isSubject(words: SentenceWords, subject: readonly number[]): boolean {
  const tokens = subject.map((i) => words.tokens[i]);
  if (subject.length === 0 || subject.length > MAX_SUBJECT || subject.some((i) => !isFree(words, i) || words.tokens[i]?.text === ',')) return false;
  if (NOT_SUBJECT_START.has(tokens[0]?.pos ?? '') || /^(?:that|which|who|what)$/i.test(tokens[0]?.text ?? '')) return false;
  return tokens.some((t) => SUBJECT_HEAD_POS.has(t?.pos ?? ''));
}

/**
 * The words a conjunct opening on `verb` borrows: the subject alone before a verb with its own tense
 * (`and is expected`, `and carries`), the subject and the shared auxiliaries before a participle
 * after a perfect or passive (`had lost … and sent`) or a base form after a modal (`will meet … and
 * discuss`). Undefined when `and` joins no predicate.
 */
function leadFor(tokens: readonly Token[], verb: Token | undefined, head: Token | undefined, subject: number[], chain: number[]): number[] | undefined {
  if (!verb || isGerund(verb)) return undefined;
  if (verb.pos === 'AUX') return isFiniteVerb(verb) ? subject : undefined;
  if (verb.pos !== 'VERB') return undefined;
  const form = verb.text.toLowerCase();
  const last = tokens[chain.at(-1) ?? -1];
  if (form === verb.lemma && !(SAME_PAST.has(form) && chain.length === 0 && isPast(head))) {
    return MODAL_RE.test(last?.text ?? '') ? [...subject, ...chain] : undefined;
  }
  if (PRESENT_RE.test(form)) return subject;
  const headIsParticiple = !!head && head.pos === 'VERB' && head.text.toLowerCase() !== head.lemma && !isGerund(head);
  return chain.length > 0 && headIsParticiple && !MODAL_RE.test(last?.text ?? '') ? [...subject, ...chain] : chain.length > 0 ? undefined : subject;
}

function isPast(token: Token | undefined): boolean {
  const form = token?.text.toLowerCase() ?? '';
  return token?.pos === 'VERB' && form !== token.lemma && !form.endsWith('ing') && !PRESENT_RE.test(form);
}

function withoutTrailingComma(tokens: readonly Token[], phrase: number[]): number[] {
  const out = [...phrase];
  while (out.length > 0 && tokens[out.at(-1) ?? -1]?.text === ',') out.pop();
  return out;
}
