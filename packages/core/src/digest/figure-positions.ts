import type { Claim, ConflictPosition, Quantity } from '../model/index.ts';
import { positionOf, withSource } from './conflict-draft.ts';
import type { DigestContext } from './context.ts';
import { sourceOf } from './figure-context.ts';
import type { Mention } from './mentions.ts';

// Times that can date a report: a day or finer, not a month or a year.
const DAY_GRAINS = new Set(['day', 'part-of-day', 'time']);
// Figures that move with time (a toll, a price, a rate); a length or a magnitude does not, so only
// the claims' own words can date it.
const MOVING_DIMENSIONS = new Set(['count', 'money', 'ratio']);

/**
 * The positions of a numeric conflict, one per figure; where the figures come from two or more
 * different sources, each position names its own (`magnitude 7.0 (national geophysics institute)`),
 * since a conflict of sources is the finding.
 *
 * @example
 * figurePositions(context, mentions)[0].text; // 'magnitude 6.8 (U.S. Geological Survey)'
 */
export function figurePositions(context: DigestContext, mentions: readonly Mention[]): ConflictPosition[] {
  const sources = mentions.map((mention) => sourceOf(context, mention.claim));
  const known = new Set(sources.filter((source) => source !== undefined).map((source) => source.toLowerCase()));
  return mentions.map((mention, i) => {
    const quantity = quantityAt(mention);
    const source = known.size >= 2 ? sources[i] : undefined;
    return positionOf(mention.claim, withSource(quantity.text, source), { value: quantity.normalized.value, unit: quantity.normalized.unit });
  });
}

/** When a claim's figure stood: the latest day it names up to its article's date, else that date. */
interface ReportDay {
  day?: string;
  /** The time as written, when the claim names one. */
  words?: string;
  published?: string;
}

/**
 * Why two differing figures may both be right: they were reported at different times. Said when the
 * claims behind disagreeing figures each name a different day (`rose to 2,012 on Saturday` against
 * `has risen to 2,122, officials said Sunday`), or, for a figure that moves with time (a count,
 * money, a rate), when claims naming no day come from articles of different dates. Never when two
 * disagreeing figures are dated alike: then time does not explain them. Quotes only the sources' own
 * words; callers ask only for figures that disagree beyond rounding.
 *
 * @example
 * timingNote(context, [[maghreb, capital]], 'count'); // 'the figures are from different times (“on Saturday”, “Sunday”)'
 */
export function timingNote(
  context: DigestContext,
  pairs: ReadonlyArray<readonly [Claim, Claim]>,
  dimension: string,
): string | null {
  const stated = new Map<string, string>();
  let [isStatedAlike, isPublishedApart, isPublishedAlike] = [false, false, false];
  for (const [a, b] of pairs) {
    const [da, db] = [reportDay(context, a), reportDay(context, b)];
    if (da.words && db.words) {
      // Two figures dated alike disagree for another reason than time.
      if (da.day === db.day) isStatedAlike = true;
      stated.set(da.day ?? '', stated.get(da.day ?? '') ?? da.words);
      stated.set(db.day ?? '', stated.get(db.day ?? '') ?? db.words);
    } else if (da.words || db.words) {
      // An undated figure was reported by its article's date: the same as a dated one's, perhaps.
      if (da.day === db.day) isPublishedAlike = true;
    } else if (da.published && db.published) {
      if (da.published === db.published) isPublishedAlike = true;
      else isPublishedApart = true;
    }
  }
  if (isStatedAlike) return null;
  if (stated.size >= 2) {
    const words = [...stated.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, text]) => `“${text}”`);
    return `the figures are from different times (${words.join(', ')})`;
  }
  return isPublishedApart && !isPublishedAlike && MOVING_DIMENSIONS.has(dimension) ? 'the figures come from reports of different days' : null;
}

function reportDay(context: DigestContext, claim: Claim): ReportDay {
  const published = context.articleById.get(claim.articleId)?.article.publishedAt?.slice(0, 10);
  let best: { day: string; words: string } | undefined;
  for (const time of claim.times) {
    const day = time.resolved?.slice(0, 10);
    if (!day || !DAY_GRAINS.has(time.grain) || (published && day > published)) continue;
    if (!best || day > best.day) best = { day, words: time.text };
  }
  return best ? { ...best, published } : { day: published, published };
}

function quantityAt(mention: Mention): Quantity {
  const quantity = mention.claim.quantities[mention.index];
  if (!quantity) throw new Error(`claim '${mention.claim.id}' has no quantity ${mention.index}`);
  return quantity;
}
