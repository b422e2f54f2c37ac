import type { Claim, ClaimCluster, Conflict } from '../model/index.ts';
import { sideKey, type ConflictDraft } from './conflict-draft.ts';
import type { DigestContext } from './context.ts';
import { modalityConflicts } from './modality-conflicts.ts';
import { numericConflicts } from './numeric-conflicts.ts';
import { compareStrings } from './order.ts';
import { temporalConflicts } from './temporal-conflicts.ts';

const SEVERITY_ORDER: Conflict['severity'][] = ['major', 'minor'];
const KIND_ORDER: Conflict['kind'][] = ['numeric', 'temporal', 'assertive', 'certainty'];

/**
 * Every conflict, typed, with ids, the cluster it belongs to and a one-line summary; the clusters get
 * their `conflictIds` and, where outlets contradict each other, the status `disputed`. Ordered major
 * before minor, then by kind (numeric, temporal, assertive, certainty), then by the claims involved;
 * ids follow the order (`conflict-001` is the first major one).
 *
 * @example
 * const { conflicts, clusters: updated } = findConflicts(context, clusters, similarityOfClaims(claims, vectors));
 */
export function findConflicts(
  context: DigestContext,
  clusters: readonly ClaimCluster[],
  similarity: (a: Claim, b: Claim) => number = () => 1,
): { conflicts: Conflict[]; clusters: ClaimCluster[] } {
  const clusterOfClaim = new Map<string, number>();
  clusters.forEach((cluster, index) => {
    for (const claimId of cluster.claimIds) clusterOfClaim.set(claimId, index);
  });
  const together = (a: Claim, b: Claim) => clusterOfClaim.get(a.id) === clusterOfClaim.get(b.id);
  const drafts: ConflictDraft[] = [...numericConflicts(context, together), ...temporalConflicts(context)];
  for (const cluster of clusters) {
    const claims = cluster.claimIds.map((id) => context.claimById.get(id)).filter((c) => c !== undefined);
    drafts.push(...modalityConflicts(claims, similarity));
  }
  const keyed = drafts.map((draft) => ({ draft, key: draft.positions.map((p) => p.claimId).sort(compareStrings).join('|') }));
  // The digest's order is the contract every front end renders: ids are given after it.
  keyed.sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.draft.severity) - SEVERITY_ORDER.indexOf(b.draft.severity) ||
      KIND_ORDER.indexOf(a.draft.kind) - KIND_ORDER.indexOf(b.draft.kind) ||
      compareStrings(a.key, b.key),
  );
  const width = Math.max(3, String(keyed.length).length);
  const updated = clusters.map((cluster) => ({ ...cluster, conflictIds: [...cluster.conflictIds] }));
  const conflicts = keyed.map(({ draft }, index): Conflict => {
    const id = `conflict-${String(index + 1).padStart(width, '0')}`;
    const involved = [...new Set(draft.positions.map((p) => clusterOfClaim.get(p.claimId)))]
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b);
    for (const i of involved) updated[i]?.conflictIds.push(id);
    const conflict: Conflict = {
      id,
      kind: draft.kind,
      severity: draft.severity,
      summary: describeConflict(context, draft),
      positions: draft.positions,
    };
    const home = involved[0];
    if (home !== undefined && updated[home]) conflict.clusterId = updated[home].id;
    if (draft.relativeGap !== undefined) conflict.relativeGap = draft.relativeGap;
    if (draft.dimension !== undefined) conflict.dimension = draft.dimension;
    return conflict;
  });
  const byId = new Map(conflicts.map((conflict) => [conflict.id, conflict]));
  for (const cluster of updated) {
    const disputing = cluster.conflictIds.some((id) => disputes(byId.get(id)));
    if (disputing) cluster.status = 'disputed';
  }
  return { conflicts, clusters: updated };
}

/**
 * Whether a conflict makes its cluster disputed: outlets contradict each other (a major gap, a different
 * time, assert against deny). Figures that agree within rounding and certainty drift are shown, not disputed.
 */
export function disputes(conflict: Conflict | undefined): boolean {
  if (!conflict) return false;
  if (conflict.kind === 'certainty') return false;
  if (conflict.kind === 'numeric') return conflict.severity === 'major';
  return true;
}

function describeConflict(context: DigestContext, draft: ConflictDraft): string {
  const byText = new Map<string, string[]>();
  const shown = new Map<string, string>();
  for (const position of draft.positions) {
    const key =
      draft.kind === 'assertive' || draft.kind === 'certainty'
        ? (position.modality ?? '')
        : sideKey(position);
    const name = context.outletNames.get(position.outletId) ?? position.outletId;
    const names = byText.get(key) ?? [];
    if (!names.includes(name)) names.push(name);
    byText.set(key, names);
    if (!shown.has(key)) shown.set(key, draft.kind === 'assertive' || draft.kind === 'certainty' ? key : position.text);
  }
  const sides = [...byText].map(([key, names]) => `${shown.get(key) ?? key} (${names.join(', ')})`).join(' against ');
  switch (draft.kind) {
    case 'numeric':
      return `${draft.severity === 'minor' ? 'Figures differ within rounding' : 'Figures disagree'} on the same ${draft.dimension ?? 'quantity'}: ${sides}${draft.note ? `; ${draft.note}` : ''}`;
    case 'temporal':
      return `Outlets place the same event at different times: ${sides}`;
    case 'assertive':
      return `Outlets contradict each other: ${sides}`;
    case 'certainty':
      return `Outlets differ in certainty: ${sides}`;
  }
}
