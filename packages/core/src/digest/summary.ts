import type { ClaimCluster, Conflict, SummaryLine } from '../model/index.ts';
import { asSentence, conflictLine } from './conflict-line.ts';
import { disputes } from './conflicts.ts';
import type { DigestContext } from './context.ts';
import { compareStrings } from './order.ts';
import { singleSourcePhrase, supportPhrase } from './support-phrase.ts';
import { clusterSummaryLine, conflictSummaryLine } from './summary-receipts.ts';
import { contentStems } from './text.ts';

const MAX_CORROBORATED = 5;
const MAX_CONFLICTS = 3;
const MIN_SENTENCES = 5;
const MAX_SENTENCES = 8;
const MIN_LABEL_WORDS = 5;
// Two labels sharing this share of their content words say the same thing twice.
const DUPLICATE_OVERLAP = 0.6;
const DIGIT_RE = /\d/;

/**
 * The digest summary, 5–8 sentences: the most independently corroborated clusters first, each with its
 * support (`Reported by four outlets (three independent sources): …`), then the conflicts stated as conflicts,
 * then single-source claims worth checking if room is left. Quoted figures are the sources' own words.
 * Each line carries its receipts as it is written: the clusters or conflict it states, their claims and
 * the source sentences behind them.
 *
 * @example
 * summariseDigest(context, clusters, conflicts).map((line) => line.text);
 * // ['Reported by four outlets (three independent sources): Kim Jong Un will meet Putin.', 'Outlets disagree on …']
 */
export function summariseDigest(
  context: DigestContext,
  clusters: readonly ClaimCluster[],
  conflicts: readonly Conflict[],
): SummaryLine[] {
  const chosen: ClaimCluster[] = [];
  const picked = (cluster: ClaimCluster) => chosen.some((c) => sameThing(c.label, cluster.label));
  for (const cluster of clusters) {
    if (chosen.length >= MAX_CORROBORATED) break;
    if (cluster.outletIds.length >= 2 && readable(cluster.label) && !picked(cluster)) chosen.push(cluster);
  }
  const lines = chosen.map((c) => clusterSummaryLine(context, `${supportPhrase(c.outletIds.length, c.independentSupport)}${asSentence(c.label)}`, c));
  const ranked = [...conflicts].sort(
    (a, b) =>
      Number(disputes(b)) - Number(disputes(a)) ||
      outletCount(b) - outletCount(a) ||
      compareStrings(a.id, b.id),
  );
  for (const conflict of ranked.slice(0, MAX_CONFLICTS)) {
    const line = conflictLine(context, clusters, conflict);
    if (line) lines.push(conflictSummaryLine(context, line, conflict));
  }
  const singles = clusters
    .filter((c) => c.outletIds.length === 1 && readable(c.label))
    .sort((a, b) => b.checkworthiness - a.checkworthiness || compareStrings(a.id, b.id));
  for (const cluster of singles) {
    if (lines.length >= MIN_SENTENCES) break;
    if (picked(cluster)) continue;
    chosen.push(cluster);
    const text = `${singleSourcePhrase(outletLabel(context, cluster.outletIds[0] ?? ''))}${asSentence(cluster.label)}`;
    lines.push(clusterSummaryLine(context, text, cluster));
  }
  // A line with no sentence behind it has no receipts to show: it is left out, never shown bare.
  return lines.filter((line) => line.sentenceIds.length > 0).slice(0, MAX_SENTENCES);
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
