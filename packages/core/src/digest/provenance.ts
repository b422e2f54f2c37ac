import type { Digest } from '../model/index.ts';
import { receiptProblems } from './receipt-check.ts';
import { parseSupportPhrase } from './support-phrase.ts';

// A number as written: `1,600`, `6.7`, `2019`; a trailing full stop is punctuation, not a decimal.
const NUMBER_RE = /\d+(?:[.,]\d+)*/g;
// Quoted strings: “…”, "…", «…», and ‘…’ whose closing mark is not an apostrophe inside a word.
const QUOTED_RES = [/“([^“”]+)”/g, /"([^"]+)"/g, /«([^«»]+)»/g, /‘([^‘’]+?)’(?!\p{L})/gu];
const FOLD_QUOTES_RE = /[“”«»"„]/g;
const FOLD_APOSTROPHES_RE = /[‘’`]/g;
const SPACES_RE = /\s+/g;
const EDGE_PUNCTUATION_RE = /^[\s,.;:!?]+|[\s,.;:!?]+$/g;

/** One number or quoted string in the digest that no source article contains. */
export interface ProvenanceProblem {
  /** `summary[2]` or `clusters[cluster-004].label`. */
  where: string;
  kind: 'number' | 'quote' | 'support' | 'receipt';
  text: string;
}

/**
 * Every number and every quoted string in the digest summary and in cluster labels must match a span
 * of some source article's clean text. Support counts (`four outlets, three independent`) must match
 * the cluster they describe, and every summary line must carry receipts (`summaryLines`) that name
 * real clusters, conflicts, claims and sentences. Returns the problems found; an empty list means the
 * digest is traceable.
 *
 * @example
 * checkProvenance(buildDigest(await loadCorpus())); // []
 */
export function checkProvenance(digest: Digest): ProvenanceProblem[] {
  const sources = digest.articles.map((article) => foldText(article.cleanText));
  const outletNames = digest.outlets.map((outlet) => outlet.name);
  const problems: ProvenanceProblem[] = [];
  digest.summary.forEach((sentence, index) => {
    const where = `summary[${index}]`;
    const support = parseSupportPhrase(sentence);
    if (support) {
      // The line's own cluster where its receipts name one; else the cluster whose label it carries.
      const own = digest.summaryLines[index]?.clusterIds[0];
      const cluster = own
        ? digest.clusters.find((c) => c.id === own)
        : digest.clusters.find((c) => support.rest.startsWith(c.label.replace(/[.!?]+$/, '')));
      if (!cluster || cluster.outletIds.length !== support.outlets || cluster.independentSupport !== support.independent) {
        problems.push({ where, kind: 'support', text: support.phrase });
      }
    }
    problems.push(...untraceable(withoutNames(support ? support.rest : sentence, outletNames), sources, where));
  });
  for (const cluster of digest.clusters) {
    problems.push(...untraceable(cluster.label, sources, `clusters[${cluster.id}].label`));
  }
  problems.push(...receiptProblems(digest));
  return problems;
}

/**
 * True when every number and quoted string in `text` occurs in one of the clean texts given.
 *
 * @example
 * isTraceable('about 60 km/h', ['It travels at about 60 km/h.']); // true
 */
export function isTraceable(text: string, cleanTexts: readonly string[]): boolean {
  return untraceable(text, cleanTexts.map(foldText), '').length === 0;
}

/** Like `isTraceable`, for sources already passed through `foldText` (fold once, check many). */
export function isTraceableFolded(text: string, foldedSources: readonly string[]): boolean {
  return untraceable(text, foldedSources, '').length === 0;
}

function untraceable(text: string, foldedSources: readonly string[], where: string): ProvenanceProblem[] {
  const problems: ProvenanceProblem[] = [];
  for (const quoted of quotedStrings(text)) {
    const needle = foldText(quoted).replace(EDGE_PUNCTUATION_RE, '');
    if (needle && !foldedSources.some((source) => source.includes(needle))) problems.push({ where, kind: 'quote', text: quoted });
  }
  for (const number of new Set(Array.from(text.matchAll(NUMBER_RE), (m) => m[0].replace(/[.,]$/, '')))) {
    const pattern = new RegExp(`(?<![\\d.,]|\\d[.,])${escapeRe(number)}(?![\\d]|[.,]\\d)`);
    if (!foldedSources.some((source) => pattern.test(source))) problems.push({ where, kind: 'number', text: number });
  }
  return problems;
}

/** The quoted strings of a text, innermost marks stripped. */
export function quotedStrings(text: string): string[] {
  const found: string[] = [];
  for (const re of QUOTED_RES) for (const match of text.matchAll(re)) if (match[1]?.trim()) found.push(match[1]);
  return found;
}

function withoutNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of [...names].sort((a, b) => b.length - a.length)) if (name) out = out.split(name).join(' ');
  return out;
}

/** Quotation marks and apostrophes made plain and spaces collapsed, for comparing spans. */
export function foldText(text: string): string {
  return text.replace(FOLD_QUOTES_RE, '"').replace(FOLD_APOSTROPHES_RE, "'").replace(SPACES_RE, ' ');
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
