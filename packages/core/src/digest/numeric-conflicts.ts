import type { Claim, Quantity } from '../model/index.ts';
import { compareQuantities, type Agreement } from './compare-quantities.ts';
import type { ConflictDraft } from './conflict-draft.ts';
import type { DigestContext } from './context.ts';
import { figureFamily, isHeadingClaim, measuredHead, sameHead, secondSources } from './figure-context.ts';
import { figureScope } from './figure-scope.ts';
import { figurePositions, timingNote } from './figure-positions.ts';
import { groupMentions, mentionContext, shareSide, type Mention, type MentionContext, type MentionOptions } from './mentions.ts';
import { figureKey, soleFigurePairs, type Figure } from './sole-figures.ts';
import { stem } from './text.ts';
import { compareStrings } from './order.ts';

const MAX_RATIO = 50;
const EMPTY: MentionContext = { near: [], distances: [], sides: [], claim: [] };
/**
 * How figures are read and grouped. A figure belongs to its clause: `1,600 feet from the bow`, `a depth
 * of 13,000 feet`. A counted noun is the thing counted: `80 firefighters` and `about 90 firefighters`
 * share it; a magnitude's event is what it measures (`the quake at magnitude 7.0`, `a magnitude 6.8
 * quake`).
 */
function figureOptions(head: (mention: Mention) => string | undefined): MentionOptions {
  return {
    reach: 'clause',
    size: 6,
    pairThreshold: 0.22,
    linkThreshold: 0.15,
    anchor: (mention) => {
      const quantity = mention.claim.quantities[mention.index];
      if (quantity?.dimension === 'count') return [stem(quantity.normalized.unit)];
      const measured = head(mention);
      return measured ? [measured] : [];
    },
  };
}
// `130 km (80 miles)`: a quantity opening a bracket right after another restates it.
const CONVERSION_GAP_RE = /\s*\(\s*$/;
// Counts this close (`about 80` and `about 90` firefighters) may be one figure misreported.
const CLOSE_COUNTS = 0.15;
const RANK: Record<Agreement, number> = { equal: 0, compatible: 0, minor: 1, major: 2 };

/**
 * Numeric conflicts: the same quantity about the same thing (same dimension and base unit, same
 * clause wording around it) given different values by different outlets. A count needs more in
 * common than its noun unless its claims share a cluster (`together`). Quantities about different
 * things never meet: they are grouped by what surrounds them, not by their values.
 *
 * @example
 * numericConflicts(context); // [{ kind: 'numeric', severity: 'minor', relativeGap: 0.0077, … }]
 */
export function numericConflicts(
  context: DigestContext,
  together: (a: Claim, b: Claim) => boolean = () => false,
): ConflictDraft[] {
  const byUnit = new Map<string, Mention[]>();
  const figures: Figure[] = [];
  const heads = new Map<Mention, string | undefined>();
  const head = (mention: Mention) => {
    if (!heads.has(mention)) heads.set(mention, measuredHead(context, mention));
    return heads.get(mention);
  };
  const options = figureOptions(head);
  const scope = figureScope(context);
  for (const { claim, index, quantity, key } of storyFigures(context)) {
    const list = byUnit.get(key) ?? [];
    list.push({ claim, index, start: quantity.start, end: quantity.end });
    byUnit.set(key, list);
    const figureKeyed = figureKey(quantity);
    if (figureKeyed) figures.push({ claim, index, quantity, key: figureKeyed });
  }
  const drafts: ConflictDraft[] = [];
  for (const key of [...byUnit.keys()].sort(compareStrings)) {
    const mentions = byUnit.get(key) ?? [];
    if (new Set(mentions.map((m) => m.claim.outletId)).size < 2) continue;
    // Values fifty times apart are different things, not one thing misreported; so are a figure of a
    // past year and this one, figures of two owners (`Ruiz won 52%`, `Beck won 38%`) and magnitudes of
    // two events (`aftershock`, `quake`).
    const veto = (x: Mention, y: Mention) => {
      const [hx, hy] = [head(x), head(y)];
      return (
        magnitudeRatio(quantityOf(x), quantityOf(y)) > MAX_RATIO ||
        scope.differentOccasions(x, y) ||
        scope.differentOwners(x, y) ||
        (hx !== undefined && hy !== undefined && !sameHead(hx, hy))
      );
    };
    const groups = groupMentions(context, mentions, options, veto);
    for (const group of groups) {
      // One article may give one thing two values when it credits them to different sources.
      const whole = [...group, ...secondSources(context, group, mentions, options, head)];
      const draft = conflictOf(context, whole, together);
      if (draft) drafts.push(draft);
    }
  }
  return [...drafts, ...soleConflicts(context, figures, drafts, options)];
}

/**
 * Every figure of the story with its kind, conversions in brackets left out (`72 kilometers (44
 * miles)` is one figure), and a heading's figure only where its article's body gives none of its kind
 * (a headline rounds the body's figure: `toll passes 2,000` over `rose to 2,012`).
 */
function storyFigures(context: DigestContext): Array<{ claim: Claim; index: number; quantity: Quantity; key: string }> {
  // Where each article's figures end, by dimension: a conversion may sit in another claim of its sentence.
  const ends = new Set(context.claims.flatMap((claim) => claim.quantities.map((q) => `${claim.articleId}|${q.end}|${q.dimension}`)));
  const all = context.claims.flatMap((claim) =>
    claim.quantities.flatMap((quantity, index) =>
      isConversion(context, claim, quantity, ends) ? [] : [{ claim, index, quantity, key: figureFamily(quantity), isHeading: isHeadingClaim(context, claim) }],
    ),
  );
  const inBody = new Set(all.filter((f) => !f.isHeading).map((f) => `${f.claim.articleId}|${f.key}`));
  return all.filter((f) => !f.isHeading || !inBody.has(`${f.claim.articleId}|${f.key}`));
}

/**
 * Conflicts between sole figures of their kind that the context grouping left apart: pairs sharing a
 * figure form one conflict (`1.6-mile` in two outlets against `2.6km` in a third).
 */
function soleConflicts(
  context: DigestContext,
  figures: readonly Figure[],
  found: readonly ConflictDraft[],
  options: MentionOptions,
): ConflictDraft[] {
  const covered = new Set(found.flatMap((draft) => draft.positions.map((p) => p.claimId)));
  const nearOf = new Map<Figure, Set<string>>();
  const near = (figure: Figure) => {
    const known = nearOf.get(figure);
    if (known) return known;
    const mention = { claim: figure.claim, index: figure.index, start: figure.quantity.start, end: figure.quantity.end };
    const stems = new Set(mentionContext(context, mention, options).near);
    nearOf.set(figure, stems);
    return stems;
  };
  const related = (a: Figure, b: Figure) => {
    const other = near(b);
    return [...near(a)].some((stem) => other.has(stem));
  };
  const pairs = soleFigurePairs(figures, related).filter(([a, b]) => !(covered.has(a.claim.id) && covered.has(b.claim.id)));
  const component = new Map<Figure, Figure[]>();
  for (const [a, b] of pairs) {
    const [left, right] = [component.get(a) ?? [a], component.get(b) ?? [b]];
    if (left === right) continue;
    const merged = [...left, ...right];
    for (const figure of merged) component.set(figure, merged);
  }
  return [...new Set(component.values())].map((members) => {
    const inside = pairs.filter(([a, b]) => members.includes(a) && members.includes(b)).map(([a, b]) => compareQuantities(a.quantity, b.quantity));
    const first = members[0]?.quantity;
    const sorted = [...members].sort((x, y) => compareStrings(x.claim.id, y.claim.id));
    const severity = inside.some((r) => r.agreement === 'major') ? ('major' as const) : ('minor' as const);
    const within = pairs.filter(([a, b]) => members.includes(a) && members.includes(b)).map(([a, b]) => [a.claim, b.claim] as const);
    const note = severity === 'major' ? timingNote(context, within, first?.dimension ?? '') : null;
    const draft: ConflictDraft = {
      kind: 'numeric' as const,
      severity,
      relativeGap: Math.max(0, ...inside.map((r) => r.relativeGap)),
      dimension: `${first?.dimension ?? 'quantity'} (${first?.normalized.unit ?? ''})`,
      positions: figurePositions(context, sorted.map((f) => ({ claim: f.claim, index: f.index, start: f.quantity.start, end: f.quantity.end }))),
    };
    if (note) draft.note = note;
    return draft;
  });
}

function conflictOf(
  context: DigestContext,
  group: ReadonlyArray<{ mention: Mention; context: MentionContext }>,
  together: (a: Claim, b: Claim) => boolean,
): ConflictDraft | null {
  const mentions = group.map((item) => item.mention);
  if (new Set(mentions.map((m) => m.claim.outletId)).size < 2) return null;
  let worst: Agreement = 'equal';
  let gap = 0;
  // Only figures that differ from another outlet's take a side: `more than 2,000`, met by both
  // `2,012` and `2,122`, is no position in their conflict.
  const differing = new Set<Mention>();
  const pairs: Array<readonly [Claim, Claim]> = [];
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const [a, b] = [group[i]?.mention, group[j]?.mention];
      if (!a || !b || a.claim.outletId === b.claim.outletId) continue;
      const result = compareQuantities(quantityOf(a), quantityOf(b));
      // Differing figures must be anchored the same way (`… from the bow`) to be one thing misreported.
      const [ca, cb] = [group[i]?.context ?? EMPTY, group[j]?.context ?? EMPTY];
      if (RANK[result.agreement] > 0 && !shareSide(ca, cb)) continue;
      // A count shares its noun with every count of it (`six workers` dead, `eight workers` on the
      // bridge): it needs another word in common, one cluster, or values close enough to be one figure.
      const noun = countedStem(a);
      if (RANK[result.agreement] > 0 && noun.length > 0 && !together(a.claim, b.claim) && result.relativeGap > CLOSE_COUNTS) {
        const other = new Set(cb.near);
        if (!ca.near.some((word) => !noun.includes(word) && other.has(word))) continue;
      }
      if (RANK[result.agreement] > RANK[worst]) worst = result.agreement;
      if (RANK[result.agreement] > 0) {
        gap = Math.max(gap, result.relativeGap);
        differing.add(a).add(b);
        pairs.push([a.claim, b.claim]);
      }
    }
  }
  if (worst !== 'minor' && worst !== 'major') return null;
  // A figure equal to one that takes a side stands on that side too.
  const sides = [...differing];
  const kept = mentions.filter(
    (mention) => differing.has(mention) || sides.some((side) => compareQuantities(quantityOf(mention), quantityOf(side)).agreement === 'equal'),
  );
  const lead = kept[0];
  if (!lead) return null;
  const first = quantityOf(lead);
  const draft: ConflictDraft = {
    kind: 'numeric',
    severity: worst,
    relativeGap: gap,
    dimension: `${first.dimension} (${first.normalized.unit}${first.outcome ? `, ${first.outcome}` : ''})`,
    positions: figurePositions(context, kept),
  };
  // Rounding needs no other explanation; a real gap may be one of time.
  const note = worst === 'major' ? timingNote(context, pairs, first.dimension) : null;
  if (note) draft.note = note;
  return draft;
}

function countedStem(mention: Mention): string[] {
  const quantity = mention.claim.quantities[mention.index];
  return quantity?.dimension === 'count' ? [stem(quantity.normalized.unit)] : [];
}

/** `72 kilometers (44 miles)`: a figure in brackets right after a figure of its dimension restates it. */
function isConversion(context: DigestContext, claim: Claim, quantity: Quantity, ends: ReadonlySet<string>): boolean {
  const text = context.articleById.get(claim.articleId)?.cleanText ?? '';
  const gap = CONVERSION_GAP_RE.exec(text.slice(Math.max(0, quantity.start - 6), quantity.start));
  return gap !== null && ends.has(`${claim.articleId}|${quantity.start - gap[0].length}|${quantity.dimension}`);
}

function quantityOf(mention: Mention): Quantity {
  const quantity = mention.claim.quantities[mention.index];
  if (!quantity) throw new Error(`claim '${mention.claim.id}' has no quantity ${mention.index}`);
  return quantity;
}

function magnitudeRatio(a: Quantity, b: Quantity): number {
  const [x, y] = [Math.abs(a.normalized.value), Math.abs(b.normalized.value)];
  if (x === 0 || y === 0) return x === y ? 1 : Number.POSITIVE_INFINITY;
  return Math.max(x, y) / Math.min(x, y);
}
