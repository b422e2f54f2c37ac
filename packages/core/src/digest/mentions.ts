import type { Claim } from '../model/index.ts';
import { groupVectors } from './cluster.ts';
import type { DigestContext } from './context.ts';
import { contentStems } from './text.ts';
import { cosine, overlap, type Vector } from './vectors.ts';

/** A quantity or time inside a claim, located in its article's clean text. */
export interface Mention {
  claim: Claim;
  /** Index into `claim.quantities` or `claim.times`. */
  index: number;
  start: number;
  end: number;
}

/** What a mention is about: the words near it, and the rest of its claim. */
export interface MentionContext {
  /** Stems near the mention, nearest first on each side. */
  near: string[];
  /** How many stems away from the mention each near stem is, from 0. */
  distances: number[];
  /** Which side of the mention each near stem is on. */
  sides: Array<'left' | 'right'>;
  /** Stems elsewhere in the claim. */
  claim: string[];
}

/** How to read a mention's surroundings and how alike two must be to speak of one thing. */
export interface MentionOptions {
  /** `clause`: stop at commas (a figure belongs to its clause); `sentence`: look past them (an event). */
  reach: 'clause' | 'sentence';
  /** Near stems taken on each side. */
  size: number;
  pairThreshold: number;
  linkThreshold: number;
  /** Spans (clean-text offsets) to leave out of a mention's context: other times, for instance. */
  mask?: (mention: Mention) => ReadonlyArray<{ start: number; end: number }>;
  /** Stems that belong right after the mention though its span holds them (`80 firefighters`). */
  anchor?: (mention: Mention) => string[];
}

// A clause ends at a comma or semicolon followed by space, a colon, a dash or a line break.
const CLAUSE_BREAK_RE = /[,;]\s|[:—–\n]/g;
const SENTENCE_BREAK_RE = /[;\n]/g;
// `1,600 feet (488 meters) from the bow`: a conversion in brackets belongs to the number before it.
const LEADING_BRACKETS_RE = /^\s*\([^)]*\)/;
const CLAIM_WEIGHT = 0.15;
const ENTITY_WEIGHT = 0.6;
// Each stem further from the mention weighs less: the measured thing sits next to its number.
const DECAY = 0.3;

/**
 * Group mentions that speak of the same thing: candidates from the whole context, scored on the words
 * near them (mean of cosine and containment, so one rare word on one side cannot drown three shared
 * ones), from different outlets, never two of one article in a group; `veto` may refuse a pair.
 *
 * @example
 * groupMentions(context, mentions, { reach: 'clause', size: 6, pairThreshold: 0.22, linkThreshold: 0.2 });
 */
export function groupMentions(
  context: DigestContext,
  mentions: readonly Mention[],
  options: MentionOptions,
  veto: (a: Mention, b: Mention) => boolean = () => false,
): Array<Array<{ mention: Mention; context: MentionContext }>> {
  const contexts = mentions.map((mention) => mentionContext(context, mention, options));
  const vectors = mentionVectors(contexts, mentions, context.stemIdf);
  const verify = (a: number, b: number) => {
    const [ma, mb] = [mentions[a], mentions[b]];
    return !!ma && !!mb && ma.claim.outletId !== mb.claim.outletId && !veto(ma, mb);
  };
  const similarity = (a: number, b: number) => {
    const [x, y] = [vectors.near[a] ?? new Map<string, number>(), vectors.near[b] ?? new Map<string, number>()];
    return (cosine(x, y) + overlap(x, y)) / 2;
  };
  const separate = mentions.map((m) => m.claim.articleId);
  const grouping = { ...options, maxPosting: 60, topK: 16 };
  const groups = groupVectors(vectors.whole, separate, grouping, verify, similarity);
  return groups.map((group) =>
    group.flatMap((i) => {
      const [mention, around] = [mentions[i], contexts[i]];
      return mention && around ? [{ mention, context: around }] : [];
    }),
  );
}

/**
 * The words around a mention and the rest of its claim, as stems.
 *
 * @example
 * mentionContext(ctx, mention, options); // { near: ['bow', 'titan', 'debri', …], claim: ['mauger', …] }
 */
export function mentionContext(context: DigestContext, mention: Mention, options: MentionOptions): MentionContext {
  const article = context.articleById.get(mention.claim.articleId);
  const { claim } = mention;
  const valid = article && claim.start <= mention.start && mention.end <= claim.end && claim.end <= article.cleanText.length;
  if (!article || !valid) {
    const stems = contentStems(claim.text);
    return { near: stems, distances: stems.map(() => 0), sides: stems.map(() => 'right' as const), claim: [] };
  }
  const text = masked(article.cleanText.slice(claim.start, claim.end), claim.start, options.mask?.(mention) ?? []);
  const before = text.slice(0, mention.start - claim.start);
  const after = text.slice(mention.end - claim.start).replace(LEADING_BRACKETS_RE, (m) => ' '.repeat(m.length));
  const breaks = options.reach === 'clause' ? CLAUSE_BREAK_RE : SENTENCE_BREAK_RE;
  const left = tail(before, breaks);
  const right = head(after, breaks);
  const leftStems = contentStems(left).reverse().slice(0, options.size);
  const rightStems = [...(options.anchor?.(mention) ?? []), ...contentStems(right)].slice(0, options.size);
  const near = [...leftStems, ...rightStems];
  const inNear = new Set(near);
  const rest = contentStems(`${before} ${after}`).filter((stem) => !inNear.has(stem));
  const sides = [...leftStems.map(() => 'left' as const), ...rightStems.map(() => 'right' as const)];
  return { near, distances: [...leftStems.keys(), ...rightStems.keys()], sides, claim: rest };
}

/**
 * True when two mentions share a near stem on the same side (other than `ignore`d ones): `1,600 feet
 * from the bow` and `500 metres from the bow` do; `300 metres from the river` and `the river runs 2 km
 * south` do not.
 */
export function shareSide(a: MentionContext, b: MentionContext, ignore: ReadonlySet<string> = new Set()): boolean {
  const sided = new Set(a.near.filter((stem) => !ignore.has(stem)).map((stem) => `${a.sides[a.near.indexOf(stem)]}:${stem}`));
  return b.near.some((stem, k) => !ignore.has(stem) && sided.has(`${b.sides[k]}:${stem}`));
}

/** Mention vectors: `near` (the words around it) and `whole` (with the rest of the claim and its entities). */
export interface MentionVectors {
  whole: Vector[];
  near: Vector[];
}

/**
 * Vectors of mention contexts, weighted by the story's IDF: near stems weigh most, nearest words more
 * than far ones; the rest of the claim and its entities weigh less. `near` decides whether two mentions
 * speak of one thing; `whole` only proposes candidates.
 */
export function mentionVectors(
  contexts: readonly MentionContext[],
  mentions: readonly Mention[],
  weights: ReadonlyMap<string, number>,
): MentionVectors {
  const near = contexts.map((c) => {
    const vector = new Map<string, number>();
    c.near.forEach((stem, k) => {
      const weight = (weights.get(stem) ?? 0) / (1 + DECAY * (c.distances[k] ?? 0));
      vector.set(`w:${stem}`, Math.max(vector.get(`w:${stem}`) ?? 0, weight));
    });
    return vector;
  });
  const whole = contexts.map((c, i) => {
    const vector = new Map(near[i]);
    const add = (feature: string, weight: number) => vector.set(feature, Math.max(vector.get(feature) ?? 0, weight));
    for (const stem of c.claim) add(`w:${stem}`, (weights.get(stem) ?? 0) * CLAIM_WEIGHT);
    for (const entity of mentions[i]?.claim.entities ?? []) add(`e:${entity.entityId}`, ENTITY_WEIGHT);
    return vector;
  });
  return { whole, near };
}

function masked(text: string, offset: number, spans: ReadonlyArray<{ start: number; end: number }>): string {
  let out = text;
  for (const span of spans) {
    const [start, end] = [Math.max(0, span.start - offset), Math.min(text.length, span.end - offset)];
    if (end > start) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

function tail(text: string, breaks: RegExp): string {
  let cut = 0;
  for (const match of text.matchAll(breaks)) cut = (match.index ?? 0) + match[0].length;
  return text.slice(cut);
}

function head(text: string, breaks: RegExp): string {
  const match = new RegExp(breaks.source).exec(text);
  return match ? text.slice(0, match.index) : text;
}
