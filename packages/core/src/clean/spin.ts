import type { CleanArticle, Flag, SpinReport, SpinSubstitution } from '../model/index.ts';
import { splitSentences } from '../segment/index.ts';
import { isContentWord, wordGaps, type WordGap } from './align.ts';
import { wordSpans, type WordSpan } from './text-units.ts';

// Sentences align when most of their content words are shared (Dice), and enough of them.
const MIN_DICE = 0.5;
const MIN_SHARED = 4;
// Words in more sentences than this say nothing about which sentences align.
const MAX_POSTINGS = 200;
const CAPITALISED_RE = /^\p{Lu}/u;

interface SentenceRef {
  /** Position among all sentences of the corpus. */
  id: number;
  article: number;
  /** The article's outlet, as a number: compared once per posting. */
  outlet: number;
  index: number;
  text: string;
  start: number;
  words: Set<string>;
}

/**
 * Find spun text: align each article's sentences with other outlets' (the same wire copy often runs
 * in several), take word-level substitutions between aligned sentences, and blame each on the side
 * whose wording fewer articles use (`imaginable` in one article against `possible` in three). The
 * clean text keeps its words; each substitution is a `spin` flag with the common wording.
 *
 * @example
 * const withSpin = addSpin(cleanedArticles);
 * withSpin[0].spin.substitutions; // [{ original: 'imaginable', common: 'possible', … }]
 */
export function addSpin(articles: readonly CleanArticle[]): CleanArticle[] {
  const outlets = new Map<string, number>();
  for (const article of articles) if (!outlets.has(article.article.outletId)) outlets.set(article.article.outletId, outlets.size);
  // One outlet has no other outlet to align with: every report is empty.
  if (outlets.size < 2) return articles.map((article) => withSpin(article, [], 0, 0, new Map()));
  const sentences: SentenceRef[][] = [];
  const all: SentenceRef[] = [];
  for (const [a, article] of articles.entries()) {
    const refs = sentenceRefs(article.cleanText, a, outlets.get(article.article.outletId) ?? 0, all.length);
    sentences.push(refs);
    all.push(...refs);
  }
  const documentFrequency = countDocuments(articles);
  const index = new Map<string, SentenceRef[]>();
  for (const ref of all) {
    for (const word of ref.words) {
      const postings = index.get(word);
      if (postings) postings.push(ref);
      else index.set(word, [ref]);
    }
  }
  const counts = new Int32Array(all.length);
  return articles.map((article, a) => {
    const substitutions: SpinSubstitution[] = [];
    const alignedWith = new Map<string, number>();
    let alignedSentences = 0;
    let alignedWords = 0;
    for (const ref of sentences[a] ?? []) {
      const match = bestMatch(ref, index, all, counts);
      if (!match) continue;
      alignedSentences += 1;
      alignedWords += ref.words.size;
      const other = articles[match.article];
      if (!other) continue;
      alignedWith.set(other.article.id, (alignedWith.get(other.article.id) ?? 0) + 1);
      for (const sub of blamedOnLeft(wordGaps(ref.text, match.text, ref.start, match.start), documentFrequency)) {
        substitutions.push({
          original: article.cleanText.slice(sub.start, sub.end),
          common: other.cleanText.slice(sub.commonStart, sub.commonEnd),
          start: sub.start,
          end: sub.end,
          sentenceId: `${article.article.id}#s${ref.index}`,
          alignedArticleId: other.article.id,
        });
      }
    }
    return withSpin(article, substitutions, alignedSentences, alignedWords, alignedWith);
  });
}

function withSpin(article: CleanArticle, substitutions: SpinSubstitution[], alignedSentences: number, alignedWords: number, alignedWith: Map<string, number>): CleanArticle {
  const replaced = substitutions.reduce((n, s) => n + wordSpans(s.original).filter((w) => isContentWord(w.text)).length, 0);
  const spin: SpinReport = {
    score: alignedWords === 0 ? 0 : Math.min(1, round(replaced / alignedWords)),
    alignedSentences,
    substitutions,
    alignedArticleIds: [...alignedWith].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([id]) => id),
  };
  const flags = [...article.flags, ...substitutions.map(spinFlag)].sort((x, y) => x.start - y.start || x.end - y.end);
  return { ...article, spin, flags };
}

function sentenceRefs(text: string, article: number, outlet: number, firstId: number): SentenceRef[] {
  return splitSentences(text).map((span, index) => ({
    id: firstId + index,
    article,
    outlet,
    index,
    text: span.text,
    start: span.start,
    words: new Set(wordSpans(span.text).map((w) => w.text.toLowerCase()).filter(isContentWord)),
  }));
}

/**
 * The most similar sentence in another outlet's article, if similar enough. Shared words are
 * counted in `counts` (by sentence id, zeroed again before returning), in order of first meeting.
 */
function bestMatch(ref: SentenceRef, index: Map<string, SentenceRef[]>, all: readonly SentenceRef[], counts: Int32Array): SentenceRef | undefined {
  const met: number[] = [];
  for (const word of ref.words) {
    const postings = index.get(word) ?? [];
    if (postings.length > MAX_POSTINGS) continue;
    for (const other of postings) {
      if (other.outlet === ref.outlet) continue;
      if (counts[other.id] === 0) met.push(other.id);
      counts[other.id] = (counts[other.id] ?? 0) + 1;
    }
  }
  let best: SentenceRef | undefined;
  let bestDice = MIN_DICE;
  for (const id of met) {
    const count = counts[id] ?? 0;
    counts[id] = 0;
    const other = all[id];
    if (!other) continue;
    const dice = (2 * count) / (ref.words.size + other.words.size);
    if (count >= MIN_SHARED && (dice > bestDice || (dice === bestDice && best && other.article < best.article))) {
      best = other;
      bestDice = dice;
    }
  }
  return best;
}

interface Blamed {
  start: number;
  end: number;
  commonStart: number;
  commonEnd: number;
}

/**
 * The gaps of one sentence pair blamed on its left sentence. A gap needs content words on both
 * sides, of like length, without names or numbers; the side whose words fewer articles use is the
 * spun one. Where both are equally rare, the side the pair's other gaps blame takes it.
 */
function blamedOnLeft(gaps: WordGap[], df: Map<string, number>): Blamed[] {
  const rarity = (words: WordSpan[]): number => Math.min(...words.filter((w) => isContentWord(w.text)).map((w) => df.get(w.text.toLowerCase()) ?? 0));
  const judged = gaps.filter(isSubstitution).map((gap) => ({ gap, lean: Math.sign(rarity(gap.right) - rarity(gap.left)) }));
  const pairLean = Math.sign(judged.reduce((sum, j) => sum + j.lean, 0));
  return judged
    .filter((j) => j.lean > 0 || (j.lean === 0 && pairLean > 0))
    .map(({ gap }) => ({
      start: gap.left[0]?.start ?? 0,
      end: gap.left[gap.left.length - 1]?.end ?? 0,
      commonStart: gap.right[0]?.start ?? 0,
      commonEnd: gap.right[gap.right.length - 1]?.end ?? 0,
    }));
}

function isSubstitution(gap: WordGap): boolean {
  const content = (words: WordSpan[]): number => words.filter((w) => isContentWord(w.text)).length;
  if (content(gap.left) === 0 || content(gap.right) === 0 || Math.abs(gap.left.length - gap.right.length) > 1) return false;
  return ![...gap.left, ...gap.right].some((w) => CAPITALISED_RE.test(w.text) || /\d/.test(w.text));
}

/** In how many articles each lowercase word occurs. */
function countDocuments(articles: readonly CleanArticle[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const article of articles) for (const word of new Set(wordSpans(article.cleanText).map((w) => w.text.toLowerCase()))) df.set(word, (df.get(word) ?? 0) + 1);
  return df;
}

function spinFlag(sub: SpinSubstitution): Flag {
  return {
    kind: 'spin',
    rule: 'synonym-substitution',
    start: sub.start,
    end: sub.end,
    text: sub.original,
    message: `an aligned sentence in '${sub.alignedArticleId}' has '${sub.common}' here`,
    suggestion: sub.common,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
