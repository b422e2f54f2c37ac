import type { Span } from '../model/index.ts';
import { findAsides, type AtomLink } from './asides.ts';
import { splitConjuncts } from './conjuncts.ts';
import { carriedReport, leadingCue, trailingCue } from './cue-edges.ts';
import type { Token } from './nlp.ts';
import { sentenceWords, type SentenceWords } from './sentence-words.ts';
import { range, splitReported, splitSubordinate } from './subordinates.ts';

/** What an atom is to its sentence: a whole clause's core, or a statement cut from inside it. */
export type AtomKind = 'clause' | 'complement' | 'subordinate' | 'conjunct' | 'aside';

/** One atomic statement of a sentence, as indices into the sentence's tokens. */
export interface Atom {
  kind: AtomKind;
  /** Which independent clause of the sentence it comes from. */
  clause: number;
  /** The atom's own words, in order; they may skip what was cut out. */
  words: number[];
  /** Words restored from elsewhere in the sentence: a shared subject, an aside's antecedent. */
  lead: number[];
  /** A trailing attribution the atom's text keeps (`…, officials said`) though its span does not. */
  tail: number[];
  /** Words its span covers though its text replaces them: the relative word (`whose`, `in which`). */
  marker: number[];
  link: AtomLink | 'none';
  joiner: string;
  /** Words whose modality it inherits: the verb reporting a complement. */
  governing: number[];
}

const MIN_WORDS = 2;
const LETTER_RE = /\p{L}/u;

/**
 * Cut a sentence's independent clauses into atomic statements: reported speech with two complements,
 * subordinate clauses with their own subject, asides (relative clauses, participles, appositives)
 * and `and`-coordinated predicates with their subject restored. A trailing attribution
 * (`…, officials said`) stays with each clause's core.
 *
 * @example
 * splitAtoms(text, tokens, clauses, quotes, cues).map((atom) => atom.kind); // ['clause', 'aside', 'conjunct']
 */
export function splitAtoms(
  text: string,
  tokens: readonly Token[],
  clauses: readonly Span[],
  quotes: readonly Span[],
  cues: readonly Span[],
): { words: SentenceWords; atoms: Atom[] } {
  const words = sentenceWords(text, tokens, quotes);
  const atoms: Atom[] = [];
  // The leading `X said` of the clause before, which a clause after a bare `and` may report on with.
  let reporting: number[] = [];
  clauses.forEach((clause, c) => {
    const from = clauses.length === 1 ? 0 : tokens.findIndex((t) => t.start >= clause.start);
    const to = clauses.length === 1 ? -1 : tokens.findIndex((t) => t.end > clause.end);
    const end = to < 0 ? tokens.length : to;
    if (from < 0 || from >= end) {
      reporting = [];
      return;
    }
    const tail = trailingCue(words, from, end, cues);
    const body = leadingCue(words, from, tail, cues);
    const joint = text.slice(clauses[c - 1]?.end ?? clause.start, clause.start);
    const carried = tail === end && body === from ? carriedReport(words, { from, to: end, joint }, reporting, cues) : [];
    reporting = carried.length > 0 ? carried : body > from && tail === end ? range(from, body) : [];
    const parts = splitReported(words, { from, to: tail, kind: 'clause', body, governing: carried }).flatMap((part) => splitSubordinate(words, part));
    const cut: Atom[] = [];
    parts.forEach((part, p) => {
      const asides = findAsides(words, part.from, part.to, part.body);
      const removed = new Set(asides.flatMap((aside) => aside.removed));
      const list = range(part.from, part.to).filter((i) => !removed.has(i));
      const { main, conjuncts } = splitConjuncts(words, list, part.body);
      const own = { clause: c, lead: [], tail: [], marker: [], link: 'none' as const, joiner: '', governing: part.governing };
      cut.push({ ...own, kind: part.kind, words: main, tail: p === 0 ? range(tail, end) : [] });
      for (const conjunct of conjuncts) cut.push({ ...own, kind: 'conjunct', words: conjunct.words, lead: conjunct.lead, link: 'subject' });
      for (const aside of asides) cut.push({ ...own, kind: 'aside', words: aside.words, lead: aside.lead, link: aside.link, joiner: aside.joiner, governing: aside.governing, marker: aside.marker });
    });
    // A clause that stays whole keeps its span over the attribution too.
    const [only] = cut;
    if (cut.length === 1 && only) atoms.push({ ...only, words: [...only.words, ...only.tail], tail: [] });
    else atoms.push(...cut);
  });
  const kept = atoms.filter((atom, k) => k === 0 || atom.kind === 'clause' || letterCount(tokens, atom.words) >= MIN_WORDS);
  kept.sort((a, b) => (a.words[0] ?? 0) - (b.words[0] ?? 0));
  return { words, atoms: kept };
}

function letterCount(tokens: readonly Token[], indices: readonly number[]): number {
  return indices.filter((i) => LETTER_RE.test(tokens[i]?.text ?? '')).length;
}
