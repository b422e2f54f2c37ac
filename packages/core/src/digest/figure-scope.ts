import type { Claim } from '../model/index.ts';
import type { DigestContext } from './context.ts';
import type { Mention } from './mentions.ts';

// A year written out: `in 1960`, `the 1987 floods`; not a figure (`2,012`) nor part of one.
const YEAR_RE = /(?<![\d,.])\b(?:1[5-9]|20)\d\d\b(?![\d,.]\d)/g;
// Clause marks inside a claim: a comma or semicolon before a space, a colon, a dash.
const CLAUSE_RE = /[,;]\s|[:—–]/g;
// Entity types that own a figure named before it in its clause: `Tom Beck won 38 per cent`.
const OWNER_TYPES = new Set(['person', 'organisation']);
// Sizes of things outlast the year that dates their sentence: `The 1.6-mile bridge opened in 1977`.
const LASTING_DIMENSIONS = new Set(['length', 'area', 'volume', 'mass']);

interface Span {
  start: number;
  end: number;
}

/**
 * Years before the article's own that date a figure: a year in the figure's clause (`up from 55% in
 * 2020`), or in a clause of its claim with no figure of its own (`struck Agadir in 1960, killing more
 * than 12,000 people`). Years that are figures are not dates.
 *
 * @example
 * pastYears(context, turnoutMention); // [] for `Turnout was 61%` in `Turnout was 61%, up from 55% in 2020`
 */
export function pastYears(context: DigestContext, mention: Mention): number[] {
  const { claim } = mention;
  const published = Number((context.articleById.get(claim.articleId)?.article.publishedAt ?? '').slice(0, 4));
  const text = spanText(context, claim);
  if (text === undefined) return [];
  const clauses = clausesOf(text, claim.start);
  const own = clauses.find((clause) => clause.start <= mention.start && mention.start < clause.end);
  const years: number[] = [];
  for (const match of text.matchAll(YEAR_RE)) {
    const at = claim.start + (match.index ?? 0);
    const year = Number(match[0]);
    if (claim.quantities.some((q) => q.start <= at && at < q.end) || (published && year >= published)) continue;
    const clause = clauses.find((c) => c.start <= at && at < c.end);
    const hasFigure = claim.quantities.some((q) => clause && clause.start <= q.start && q.start < clause.end);
    if (clause === own || !hasFigure) years.push(year);
  }
  return years;
}

/**
 * The person or organisation a figure belongs to: the nearest one named before it in its clause,
 * leaving out whoever the claim credits (`Tom Beck won 38 per cent` -> Tom Beck; in `the ministry said
 * 2,012 people had died` the ministry only speaks).
 */
export function ownerOf(context: DigestContext, mention: Mention, types: ReadonlyMap<string, string>): string | undefined {
  const { claim } = mention;
  const text = spanText(context, claim);
  if (text === undefined) return undefined;
  const clause = clausesOf(text, claim.start).find((c) => c.start <= mention.start && mention.start < c.end);
  if (!clause) return undefined;
  const cue = claim.attribution ? text.indexOf(claim.attribution.text) : -1;
  const cueSpan: Span | undefined = cue >= 0 && claim.attribution ? { start: claim.start + cue, end: claim.start + cue + claim.attribution.text.length } : undefined;
  let owner: { id: string; end: number } | undefined;
  for (const entity of claim.entities) {
    const inClause = entity.start >= clause.start && entity.end <= mention.start;
    const isCredited = entity.entityId === claim.attribution?.entityId || (cueSpan && entity.start >= cueSpan.start && entity.end <= cueSpan.end);
    if (!inClause || isCredited || !OWNER_TYPES.has(types.get(entity.entityId) ?? '')) continue;
    if (!owner || entity.end > owner.end) owner = { id: entity.entityId, end: entity.end };
  }
  return owner?.id;
}

function clausesOf(text: string, offset: number): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(CLAUSE_RE)) {
    spans.push({ start: offset + start, end: offset + (match.index ?? 0) });
    start = (match.index ?? 0) + match[0].length;
  }
  spans.push({ start: offset + start, end: offset + text.length });
  return spans;
}

/** Vetoes on two figures that speak of different things, each mention read once. */
export interface FigureScope {
  /** One is dated to a past year the other does not name: 1960's toll against this week's (sizes of things are not dated). */
  differentOccasions: (a: Mention, b: Mention) => boolean;
  /** Each belongs to its own owner: `Ruiz won 52%` against `Beck won 38%`. */
  differentOwners: (a: Mention, b: Mention) => boolean;
}

/**
 * The scope vetoes for the figures of one story, memoised per mention.
 *
 * @example
 * figureScope(context).differentOwners(ruizShare, beckShare); // true
 */
export function figureScope(context: DigestContext): FigureScope {
  const types = new Map(context.entities.map((entity) => [entity.id, entity.type]));
  const years = memo((mention: Mention) =>
    LASTING_DIMENSIONS.has(mention.claim.quantities[mention.index]?.dimension ?? '') ? [] : pastYears(context, mention),
  );
  const owners = memo((mention: Mention) => ownerOf(context, mention, types));
  return {
    differentOccasions: (a, b) => {
      const [ya, yb] = [years(a), years(b)];
      return (ya.length > 0 || yb.length > 0) && !ya.some((year) => yb.includes(year));
    },
    differentOwners: (a, b) => {
      const [oa, ob] = [owners(a), owners(b)];
      return oa !== undefined && ob !== undefined && oa !== ob;
    },
  };
}

function memo<T>(read: (mention: Mention) => T): (mention: Mention) => T {
  const cache = new Map<Mention, { value: T }>();
  return (mention) => {
    let entry = cache.get(mention);
    if (!entry) {
      entry = { value: read(mention) };
      cache.set(mention, entry);
    }
    return entry.value;
  };
}

/** The claim's words in its article's clean text, or undefined when its span does not fit the article. */
function spanText(context: DigestContext, claim: Claim): string | undefined {
  const text = context.articleById.get(claim.articleId)?.cleanText;
  return text !== undefined && claim.start < claim.end && claim.end <= text.length ? text.slice(claim.start, claim.end) : undefined;
}
