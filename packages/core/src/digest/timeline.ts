import type { Claim, ClaimCluster, Conflict, TimelineEntry } from '../model/index.ts';
import type { DigestContext } from './context.ts';
import { traceableText } from './label.ts';
import { compareStrings } from './order.ts';
import { compareTimes, isVague, placeTime, type PlacedTime } from './times.ts';

/**
 * The timeline: one entry per cluster whose claims say when something happened. Event time (the
 * claims' time expressions, relative ones resolved against each article's own date) is kept apart
 * from report time (each outlet's publication date). Entries where outlets place the event
 * differently, or that carry a temporal conflict, are marked disputed. Sorted by date, undated last.
 *
 * @example
 * buildTimeline(context, clusters, conflicts)[0]; // { date: '2023-09-10', when: 'on Sunday afternoon', disputed: true, … }
 */
export function buildTimeline(
  context: DigestContext,
  clusters: readonly ClaimCluster[],
  conflicts: readonly Conflict[],
): TimelineEntry[] {
  const temporal = new Set(conflicts.filter((c) => c.kind === 'temporal').map((c) => c.id));
  const drafts: Array<TimelineEntry & { rank: number; sortKey: string | undefined }> = [];
  clusters.forEach((cluster, rank) => {
    const timed = cluster.claimIds
      .map((id) => context.claimById.get(id))
      .filter((claim): claim is Claim => claim !== undefined && claim.times.some((t) => !isVague(t.text)));
    if (timed.length === 0) return;
    const placed = timed.map((claim) => ({ claim, time: eventTime(context, claim) }));
    const lead = placed.find((p) => p.claim.id === cluster.labelClaimId) ?? placed[0];
    if (!lead) return;
    const disagree = placed.some((a) => placed.some((b) => a.claim.outletId !== b.claim.outletId && differ(a.time, b.time)));
    const entry: TimelineEntry & { rank: number } = {
      rank,
      id: '',
      when: firstTime(lead.claim)?.text ?? '',
      // The words that carry the time: the label may come from a claim that gives none.
      text: lead.claim.id === cluster.labelClaimId ? cluster.label : traceableText(context, lead.claim),
      clusterId: cluster.id,
      claimIds: timed.map((claim) => claim.id),
      outletIds: [...new Set(timed.map((claim) => claim.outletId))].sort(compareStrings),
      reportedAt: reportedAt(context, cluster),
      disputed: disagree || cluster.conflictIds.some((id) => temporal.has(id)),
    };
    const date = commonDate(placed.map((p) => p.time));
    // The schema's date is a calendar day (not the first day of `last week`); `period` keeps a week's
    // start, a month or a year too, and orders every entry.
    const grains = placed.filter((p) => p.time.date === date).map((p) => firstTime(p.claim)?.grain);
    if (date && date.length >= 10 && !grains.includes('week')) entry.date = date.slice(0, 10);
    if (date) entry.period = date.slice(0, 10);
    drafts.push({ ...entry, sortKey: date });
  });
  drafts.sort((a, b) => compareDates(a.sortKey, b.sortKey) || a.rank - b.rank);
  const width = Math.max(3, String(drafts.length).length);
  return drafts.map(({ rank: _rank, sortKey: _sortKey, ...entry }, index) => ({ ...entry, id: `event-${String(index + 1).padStart(width, '0')}` }));
}

function firstTime(claim: Claim) {
  return claim.times.find((time) => !isVague(time.text));
}

function eventTime(context: DigestContext, claim: Claim): PlacedTime {
  const time = firstTime(claim);
  if (!time) return { bounded: true };
  return placeTime(time, context.articleById.get(claim.articleId)?.article.publishedAt);
}

function differ(a: PlacedTime, b: PlacedTime): boolean {
  const verdict = compareTimes(a, b);
  return verdict === 'major' || verdict === 'minor';
}

/** The date most claims give, the finest first, ties to the earliest. */
function commonDate(times: readonly PlacedTime[]): string | undefined {
  const counts = new Map<string, number>();
  for (const time of times) if (time.date && !time.bounded) counts.set(time.date, (counts.get(time.date) ?? 0) + 1);
  if (counts.size === 0) for (const time of times) if (time.date) counts.set(time.date, (counts.get(time.date) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || compareStrings(a[0], b[0]))[0]?.[0];
}

function reportedAt(context: DigestContext, cluster: ClaimCluster): TimelineEntry['reportedAt'] {
  const dates = new Map<string, string>();
  for (const id of cluster.claimIds) {
    const claim = context.claimById.get(id);
    const date = claim && context.articleById.get(claim.articleId)?.article.publishedAt;
    if (claim && date && !dates.has(claim.outletId)) dates.set(claim.outletId, date);
  }
  return [...dates].sort(([a], [b]) => compareStrings(a, b)).map(([outletId, date]) => ({ outletId, date }));
}

function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return compareStrings(a, b);
}
