import type { ClaimCluster, Conflict, ConflictPosition } from '../model/index.ts';
import { sideKey } from './conflict-draft.ts';
import { disputes } from './conflicts.ts';
import type { DigestContext } from './context.ts';
import { stanceOf } from './modality-conflicts.ts';
import { compareStrings } from './order.ts';
import { isTraceableFolded } from './provenance.ts';
import { numberWord, singleSourcePhrase, supportPhrase } from './support-phrase.ts';
import { contentStems } from './text.ts';

const MAX_CORROBORATED = 5;
const MAX_CONFLICTS = 3;
const MAX_SIDES = 4;
const MIN_SENTENCES = 5;
const MAX_SENTENCES = 8;
const MIN_LABEL_WORDS = 5;
// Two labels sharing this share of their content words say the same thing twice.
const DUPLICATE_OVERLAP = 0.6;
const DIGIT_RE = /\d/;
const END_RE = /[.!?]["'”’)]*$/;

/**
 * The digest summary, 5–8 sentences: the most independently corroborated clusters first, each with its
 * support (`Reported by four outlets (three independent sources): …`), then the conflicts stated as conflicts,
 * then single-source claims worth checking if room is left. Quoted figures are the sources' own words.
 *
 * @example
 * summariseDigest(context, clusters, conflicts);
 * // ['Reported by four outlets (three independent sources): Kim Jong Un will meet Putin.', 'Outlets disagree on …']
 */
export function summariseDigest(
  context: DigestContext,
  clusters: readonly ClaimCluster[],
  conflicts: readonly Conflict[],
): string[] {
  const chosen: ClaimCluster[] = [];
  const picked = (cluster: ClaimCluster) => chosen.some((c) => sameThing(c.label, cluster.label));
  for (const cluster of clusters) {
    if (chosen.length >= MAX_CORROBORATED) break;
    if (cluster.outletIds.length >= 2 && readable(cluster.label) && !picked(cluster)) chosen.push(cluster);
  }
  const lines = chosen.map((c) => `${supportPhrase(c.outletIds.length, c.independentSupport)}${sentence(c.label)}`);
  const ranked = [...conflicts].sort(
    (a, b) =>
      Number(disputes(b)) - Number(disputes(a)) ||
      outletCount(b) - outletCount(a) ||
      compareStrings(a.id, b.id),
  );
  for (const conflict of ranked.slice(0, MAX_CONFLICTS)) {
    const line = conflictLine(context, clusters, conflict);
    if (line) lines.push(line);
  }
  const singles = clusters
    .filter((c) => c.outletIds.length === 1 && readable(c.label))
    .sort((a, b) => b.checkworthiness - a.checkworthiness || compareStrings(a.id, b.id));
  for (const cluster of singles) {
    if (lines.length >= MIN_SENTENCES) break;
    if (picked(cluster)) continue;
    chosen.push(cluster);
    lines.push(`${singleSourcePhrase(outletLabel(context, cluster.outletIds[0] ?? ''))}${sentence(cluster.label)}`);
  }
  return lines.slice(0, MAX_SENTENCES);
}

function conflictLine(context: DigestContext, clusters: readonly ClaimCluster[], conflict: Conflict): string | null {
  const label = clusters.find((c) => c.id === conflict.clusterId)?.label;
  if (conflict.kind === 'numeric' || conflict.kind === 'temporal') {
    const sides = describeSides(context, conflict.positions);
    if (sides.length < 2) return null;
    const dimension = dimensionWord(conflict.dimension);
    if (conflict.kind === 'temporal') return `Outlets disagree on when it happened: ${sides.join('; ')}.`;
    if (conflict.severity === 'minor') return `Figures for one ${dimension} differ within rounding: ${sides.join('; ')}.`;
    return `Outlets disagree on one ${dimension}: ${sides.join('; ')}.`;
  }
  if (!label) return null;
  const byStance = new Map<string, string[]>();
  for (const position of conflict.positions) {
    const claim = context.claimById.get(position.claimId);
    const stance = claim ? stanceOf(claim) : null;
    if (!stance) continue;
    const outlets = byStance.get(stance) ?? [];
    if (!outlets.includes(position.outletId)) outlets.push(position.outletId);
    byStance.set(stance, outlets);
  }
  const asserting = byStance.get('asserts') ?? [];
  if (conflict.kind === 'assertive') {
    const negating = byStance.get('negates') ?? [];
    return `Outlets contradict each other: ${namesOf(context, asserting)} ${verb(asserting, 'states', 'state')} it, while ${namesOf(context, negating)} ${verb(negating, 'denies', 'deny')} it or ${verb(negating, 'calls', 'call')} it unlikely: ${sentence(label)}`;
  }
  const hedging = byStance.get('hedges') ?? [];
  return `Outlets differ in certainty: ${namesOf(context, asserting)} ${verb(asserting, 'states', 'state')} as fact what ${namesOf(context, hedging)} only ${verb(hedging, 'hedges', 'hedge')}: ${sentence(label)}`;
}

/**
 * `SaskNow gives “about 500 metres”` per distinct wording of a figure or time, the most carried first,
 * quoting only words the source holds.
 */
function describeSides(context: DigestContext, positions: readonly ConflictPosition[]): string[] {
  const groups = new Map<string, { text: string; outlets: string[] }>();
  for (const position of positions) {
    const key = sideKey(position);
    const group = groups.get(key) ?? { text: position.text, outlets: [] };
    if (!group.outlets.includes(position.outletId)) group.outlets.push(position.outletId);
    groups.set(key, group);
  }
  const folded = [...context.folded.values()];
  return [...groups.values()]
    .sort((a, b) => b.outlets.length - a.outlets.length)
    .slice(0, MAX_SIDES)
    .map(({ text, outlets }) => {
      const quoted = isTraceableFolded(`“${text}”`, folded) ? `“${text}”` : 'a different figure';
      return `${namesOf(context, outlets)} ${outlets.length === 1 ? 'gives' : 'give'} ${quoted}`;
    });
}

/** Outlet names for a summary; names with digits in them are counted, not written, so that the only
 * digits in a summary are the sources' own. */
function namesOf(context: DigestContext, outletIds: readonly string[]): string {
  const names = outletIds.map((id) => context.outletNames.get(id) ?? id);
  const plain = names.filter((name) => !DIGIT_RE.test(name));
  const others = names.length - plain.length;
  if (others > 0) plain.push(plain.length === 0 ? (others === 1 ? 'one outlet' : `${numberWord(others)} outlets`) : `${numberWord(others)} other outlet${others === 1 ? '' : 's'}`);
  return list(plain);
}

/** An outlet's name for a summary; a name with digits in it gives way to its domain or a plain phrase. */
function outletLabel(context: DigestContext, outletId: string): string {
  const name = context.outletNames.get(outletId) ?? outletId;
  if (!DIGIT_RE.test(name)) return name;
  const article = context.articles.find((a) => a.article.outletId === outletId);
  const host = article?.article.url ? hostOf(article.article.url) : undefined;
  return host && !DIGIT_RE.test(host) ? host : 'one outlet';
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function dimensionWord(dimension: string | undefined): string {
  return (dimension ?? 'quantity').split(' ')[0] ?? 'quantity';
}

function verb(names: readonly string[], singular: string, plural: string): string {
  return names.length === 1 ? singular : plural;
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'an outlet';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return END_RE.test(trimmed) ? trimmed : `${trimmed}.`;
}

function readable(label: string): boolean {
  return label.split(/\s+/).length >= MIN_LABEL_WORDS && !/\?\s*$/.test(label);
}

function sameThing(a: string, b: string): boolean {
  const [sa, sb] = [new Set(contentStems(a)), new Set(contentStems(b))];
  let shared = 0;
  for (const stem of sa) if (sb.has(stem)) shared++;
  return shared / Math.max(1, Math.min(sa.size, sb.size)) >= DUPLICATE_OVERLAP;
}

function outletCount(conflict: Conflict): number {
  return new Set(conflict.positions.map((p) => p.outletId)).size;
}
