import type { Claim, Quantity } from '../model/index.ts';
import type { DigestContext } from './context.ts';
import { mentionContext, shareSide, type Mention, type MentionContext, type MentionOptions } from './mentions.ts';
import { senseOf } from './synonyms.ts';
import { stem } from './text.ts';

// A measuring body as the subject of its claim: `The national institute measured the quake at…`.
const MEASURER_RE = /^(?:the\s+)?(.{3,80}?)\s+(?:measured|put|estimated|recorded|registered|rated|calculated|gave|puts|estimates|measures)\b/i;
// The thing a magnitude belongs to, before it (`an aftershock of magnitude 4.9`, `the quake at
// magnitude 7.0`) or right after it (`a magnitude 6.8 quake`, `the 6.8-magnitude earthquake`).
const HEAD_BEFORE_RE = /(\p{L}+)\s+(?:of|at)\s+(?:an?\s+|the\s+)?$/u;
const HEAD_AFTER_RE = /^[\s-]*(\p{L}+)/u;
const NOT_A_HEAD_RE = /^(?:struck|hit|was|is|were|shook|rocked|jolted|and|or|on|in|at|of|that|which|who|the|a|an|\p{L}+ed)$/iu;

/**
 * The kind of a figure: dimension family (an age is a duration), base unit and, for a count, what
 * happened to what it counts (`count|people|dead` never meets `count|people|injured`).
 *
 * @example
 * figureFamily(extractQuantities('2,012 people had died')[0]); // 'count|people|dead'
 */
export function figureFamily(quantity: Quantity): string {
  const family = quantity.dimension === 'age' ? 'duration' : quantity.dimension;
  return `${family}|${quantity.normalized.unit}${quantity.outcome ? `|${quantity.outcome}` : ''}`;
}

/** Whether a claim comes from a heading: its figure is a summary of the body's, where the body has one. */
export function isHeadingClaim(context: DigestContext, claim: Claim): boolean {
  return context.sentenceById.get(claim.sentenceId)?.isHeading === true;
}

/**
 * Who a claim credits for its figure: the attribution's source, else a measuring body that is its
 * subject (`The national geophysics institute measured the quake at magnitude 7.0`).
 *
 * @example
 * sourceOf(context, claim); // 'U.S. Geological Survey'
 */
export function sourceOf(context: DigestContext, claim: Claim): string | undefined {
  if (claim.attribution) return claim.attribution.source;
  const article = context.articleById.get(claim.articleId);
  const text = article && claim.end <= article.cleanText.length ? article.cleanText.slice(claim.start, claim.end) : claim.text;
  return MEASURER_RE.exec(text)?.[1]?.replace(/^the\s+/i, '');
}

/**
 * The stem of the thing a magnitude measures: `quake` in `a magnitude 6.8 quake` and in `measured the
 * quake at magnitude 7.0`, `aftershock` in `an aftershock of magnitude 4.9`. Other figures: none.
 */
export function measuredHead(context: DigestContext, mention: Mention): string | undefined {
  const quantity = mention.claim.quantities[mention.index];
  const text = context.articleById.get(mention.claim.articleId)?.cleanText;
  if (quantity?.dimension !== 'magnitude' || !text) return undefined;
  const before = HEAD_BEFORE_RE.exec(text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
  const after = HEAD_AFTER_RE.exec(text.slice(mention.end, mention.end + 30))?.[1];
  const head = before && !NOT_A_HEAD_RE.test(before) ? before : after && !NOT_A_HEAD_RE.test(after) ? after : undefined;
  return head === undefined ? undefined : senseOf(stem(head));
}

/** Two heads name one thing: the same sense, or one a compound ending in the other (`earthquake`, `quake`). */
export function sameHead(a: string, b: string): boolean {
  return a === b || a.endsWith(b) || b.endsWith(a);
}

/** `Morocco's interior ministry` and `Interior Ministry`, `U.S. Geological Survey` and `US Geological Survey`. */
export function sameSource(a: string, b: string): boolean {
  const [x = '', y = ''] = [a, b].map((name) => name.replaceAll('.', '').toLowerCase());
  return x.endsWith(y) || y.endsWith(x);
}

/**
 * Figures of a group's articles that the group left out because each article sits in a group once,
 * but that the article credits to a second source for the same thing: `The 6.8-magnitude quake …,
 * according to the US Geological Survey` is in the group; `the national institute measured the quake
 * at magnitude 7.0` joins it. Both sources must be known and differ; the figures must share their
 * event (a magnitude's) or a word on the same side.
 */
export function secondSources(
  context: DigestContext,
  group: ReadonlyArray<{ mention: Mention; context: MentionContext }>,
  pool: readonly Mention[],
  options: MentionOptions,
  head: (mention: Mention) => string | undefined,
): Array<{ mention: Mention; context: MentionContext }> {
  const added: Array<{ mention: Mention; context: MentionContext }> = [];
  const taken = new Set(group.map((item) => item.mention));
  for (const member of group) {
    const source = sourceOf(context, member.mention.claim);
    if (!source) continue;
    for (const other of pool) {
      if (taken.has(other) || other.claim.articleId !== member.mention.claim.articleId) continue;
      const otherSource = sourceOf(context, other.claim);
      const [a, b] = [member.mention.claim.quantities[member.mention.index], other.claim.quantities[other.index]];
      if (!otherSource || sameSource(source, otherSource) || a?.normalized.value === b?.normalized.value) continue;
      const around = mentionContext(context, other, options);
      const [ha, hb] = [head(member.mention), head(other)];
      const isRelated = ha !== undefined && hb !== undefined ? sameHead(ha, hb) : shareSide(member.context, around);
      if (!isRelated) continue;
      taken.add(other);
      added.push({ mention: other, context: around });
    }
  }
  return added;
}
