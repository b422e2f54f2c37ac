import type { Claim } from '../model/index.ts';
import type { DigestContext } from './context.ts';
import { contentStems } from './text.ts';
import { idf, type Vector } from './vectors.ts';

/** A quantity or time inside a claim, located in its article's clean text. */
export interface Mention {
  claim: Claim;
  /** Index into `claim.quantities` or `claim.times`. */
  index: number;
  start: number;
  end: number;
}

/** What a mention is about: the words of its own clause, and the rest of its claim. */
export interface MentionContext {
  /** Stems of the clause around the mention, nearest first on each side. */
  clause: string[];
  /** How many stems away from the mention each clause stem is, from 0. */
  distances: number[];
  /** Stems elsewhere in the claim. */
  claim: string[];
}

// A clause ends at a comma or semicolon followed by space, a colon, a dash or a line break.
const CLAUSE_BREAK_RE = /[,;]\s|[:—–\n]/g;
// `1,600 feet (488 meters) from the bow`: a conversion in brackets belongs to the number before it.
const LEADING_BRACKETS_RE = /^\s*\([^)]*\)/;
const CLAUSE_STEMS = 6;
const CLAIM_WEIGHT = 0.3;
const ENTITY_WEIGHT = 0.6;

/**
 * The clause around a mention and the rest of its claim, as stems.
 *
 * @example
 * mentionContext(ctx, mention); // { clause: ['bow', 'titan', 'debri', …], claim: ['mauger', …] }
 */
export function mentionContext(context: DigestContext, mention: Mention): MentionContext {
  const article = context.articleById.get(mention.claim.articleId);
  const text = article?.cleanText ?? '';
  const { claim } = mention;
  const valid = article && claim.start <= mention.start && mention.end <= claim.end && claim.end <= text.length;
  if (!valid) {
    const stems = contentStems(claim.text);
    return { clause: stems, distances: stems.map(() => 0), claim: [] };
  }
  const before = text.slice(claim.start, mention.start);
  const after = text.slice(mention.end, claim.end).replace(LEADING_BRACKETS_RE, (m) => ' '.repeat(m.length));
  const left = clauseTail(before);
  const right = clauseHead(after);
  const leftStems = contentStems(left).reverse().slice(0, CLAUSE_STEMS);
  const rightStems = contentStems(right).slice(0, CLAUSE_STEMS);
  const clause = [...leftStems, ...rightStems];
  const distances = [...leftStems.keys(), ...rightStems.keys()];
  const inClause = new Set(clause);
  const rest = contentStems(`${before.slice(0, before.length - left.length)} ${after.slice(right.length)}`).filter(
    (stem) => !inClause.has(stem),
  );
  return { clause, distances, claim: rest };
}

/**
 * IDF-weighted vectors of mention contexts: clause stems weigh most, nearest words more than far ones;
 * the rest of the claim and its entities weigh less.
 */
export function mentionVectors(contexts: readonly MentionContext[], mentions: readonly Mention[]): Vector[] {
  const weights = idf(contexts.map((c) => [...c.clause, ...c.claim]));
  return contexts.map((c, i) => {
    const vector = new Map<string, number>();
    const add = (feature: string, weight: number) => vector.set(feature, Math.max(vector.get(feature) ?? 0, weight));
    c.clause.forEach((stem, k) => add(`w:${stem}`, (weights.get(stem) ?? 0) / (1 + 0.15 * (c.distances[k] ?? 0))));
    for (const stem of c.claim) add(`w:${stem}`, (weights.get(stem) ?? 0) * CLAIM_WEIGHT);
    for (const entity of mentions[i]?.claim.entities ?? []) add(`e:${entity.entityId}`, ENTITY_WEIGHT);
    return vector;
  });
}

/** True when two mentions share at least one stem of their own clauses. */
export function shareClause(a: MentionContext, b: MentionContext): boolean {
  const set = new Set(a.clause);
  return b.clause.some((stem) => set.has(stem));
}

function clauseTail(text: string): string {
  let cut = 0;
  for (const match of text.matchAll(CLAUSE_BREAK_RE)) cut = (match.index ?? 0) + match[0].length;
  return text.slice(cut);
}

function clauseHead(text: string): string {
  CLAUSE_BREAK_RE.lastIndex = 0;
  const match = CLAUSE_BREAK_RE.exec(text);
  CLAUSE_BREAK_RE.lastIndex = 0;
  return match ? text.slice(0, match.index) : text;
}
