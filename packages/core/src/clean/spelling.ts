import type { Flag } from '../model/index.ts';
import type { CleanContext } from './context.ts';
import type { Repair } from './edits.ts';
import { wordSpans } from './text-units.ts';

const MIN_LENGTH = 5;
// Keys next to each other on a QWERTY keyboard: a changed letter is a typo only if a finger slipped.
const NEIGHBOURS: Readonly<Record<string, string>> = {
  q: 'wa', w: 'qes', e: 'wrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'ol',
  a: 'qsz', s: 'awdz', d: 'sefx', f: 'drgc', g: 'fthv', h: 'gyjb', j: 'hukn', k: 'jilm', l: 'kop',
  z: 'asx', x: 'zdc', c: 'xfv', v: 'cgb', b: 'vhn', n: 'bjm', m: 'nk',
};
const MAX_RARE = 2;
const MIN_COMMON = 3;
const RATIO = 3;

/** A rare name form and the common one it is a close edit of. */
export interface NameCorrection {
  common: string;
  evidence: string;
}

export interface SpellingFindings {
  repairs: Repair[];
  flags: Flag[];
}

const CACHE = new WeakMap<CleanContext, Map<string, NameCorrection>>();

/**
 * Correct a name that is a close edit of a name the corpus uses far more often (`Krelim` beside
 * many `Kremlin`), when this article also writes the common form at least twice; flag it when the
 * article has it once. Names are capitalised words the corpus never writes in lowercase.
 *
 * @example
 * repairSpelling('The Krelim said… the Kremlin… Kremlin… Kremlin', buildCleanContext([article])).repairs[0]?.after; // 'Kremlin'
 */
export function repairSpelling(text: string, context: CleanContext): SpellingFindings {
  const corrections = nameCorrections(context);
  const repairs: Repair[] = [];
  const flags: Flag[] = [];
  if (corrections.size === 0) return { repairs, flags };
  const words = wordSpans(text);
  const found = words.filter((word) => corrections.has(word.text));
  if (found.length === 0) return { repairs, flags };
  const inArticle = new Map<string, number>();
  for (const word of words) inArticle.set(word.text, (inArticle.get(word.text) ?? 0) + 1);
  for (const word of found) {
    const correction = corrections.get(word.text);
    if (!correction) continue;
    // The article itself must use the common form: twice to repair, once to flag.
    const here = inArticle.get(correction.common) ?? 0;
    if (here >= 2) {
      repairs.push({ kind: 'spelling', rule: 'rare-name-variant', start: word.start, end: word.end, after: correction.common, confidence: 0.85, evidence: correction.evidence });
    } else if (here === 1) {
      flags.push({ kind: 'spelling', rule: 'rare-name-variant', start: word.start, end: word.end, text: word.text, message: correction.evidence, suggestion: correction.common });
    }
  }
  return { repairs, flags };
}

/** Rare name forms with a common close neighbour, computed once per context. */
export function nameCorrections(context: CleanContext): Map<string, NameCorrection> {
  const cached = CACHE.get(context);
  if (cached) return cached;
  const isName = (form: string): boolean => form.length >= MIN_LENGTH && /^\p{Lu}\p{Ll}+$/u.test(form) && !context.vocabulary.has(form.toLowerCase());
  const byDeletion = new Map<string, string[]>();
  for (const [form, entry] of context.names) {
    if (entry.count < MIN_COMMON || !isName(form)) continue;
    for (const key of deletions(form)) {
      const forms = byDeletion.get(key);
      if (forms) forms.push(form);
      else byDeletion.set(key, [form]);
    }
  }
  const corrections = new Map<string, NameCorrection>();
  for (const [rare, entry] of context.names) {
    if (entry.count > MAX_RARE || !isName(rare)) continue;
    const candidates = new Set([...deletions(rare)].flatMap((key) => byDeletion.get(key) ?? []));
    const best = [...candidates]
      .filter((common) => isVariant(rare, common) && (context.names.get(common)?.count ?? 0) >= RATIO * entry.count)
      .sort((a, b) => (context.names.get(b)?.count ?? 0) - (context.names.get(a)?.count ?? 0) || a.localeCompare(b))[0];
    const common = best === undefined ? undefined : context.names.get(best);
    if (!best || !common) continue;
    const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
    corrections.set(rare, { common: best, evidence: `'${best}' occurs ${times(common.count)} in ${common.articles.size} article(s); '${rare}' ${times(entry.count)}` });
  }
  CACHE.set(context, corrections);
  return corrections;
}

/**
 * A typo of a name, not another name: same first letter, neither a prefix of the other
 * (`Russia`/`Russian`), within two edits, and the same letters give or take one (`Krelim`/`Kremlin`:
 * one letter dropped, two swapped), or one letter changed for its neighbour on the keyboard
 * (`Holnes`/`Holmes`). Names that differ by another changed letter (`Warne`/`Wayne`) do not.
 */
function isVariant(rare: string, common: string): boolean {
  if (rare[0] !== common[0] || rare.startsWith(common) || common.startsWith(rare)) return false;
  if (isKeySlip(rare.toLowerCase(), common.toLowerCase())) return true;
  if (letterDifference(rare.toLowerCase(), common.toLowerCase()) > 1) return false;
  return editDistance(rare, common) <= (Math.min(rare.length, common.length) >= 6 ? 2 : 1);
}

/** Same length, one letter changed, for a key next to it. */
function isKeySlip(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < MIN_LENGTH) return false;
  const changed = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
  const [at] = changed;
  return changed.length === 1 && at !== undefined && (NEIGHBOURS[a[at] ?? ''] ?? '').includes(b[at] ?? '');
}

/** Letters in one word but not the other, counted with repeats. */
function letterDifference(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const char of a) counts.set(char, (counts.get(char) ?? 0) + 1);
  for (const char of b) counts.set(char, (counts.get(char) ?? 0) - 1);
  return [...counts.values()].reduce((sum, n) => sum + Math.abs(n), 0);
}

/** The word and every form of it with one or two letters deleted. */
function deletions(word: string): Set<string> {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) {
    const one = word.slice(0, i) + word.slice(i + 1);
    out.add(one);
    for (let j = i; j < one.length; j++) out.add(one.slice(0, j) + one.slice(j + 1));
  }
  return out;
}

/** Optimal string alignment distance: edits with adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((d[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (d[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (d[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = best;
    }
  }
  return d[a.length]?.[b.length] ?? 0;
}
