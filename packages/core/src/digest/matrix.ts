import type { ClaimCluster, Conflict, ConflictPosition, Coverage, MatrixRow } from '../model/index.ts';
import { disputes } from './conflicts.ts';
import type { DigestContext } from './context.ts';
import { stanceOf } from './modality-conflicts.ts';
import { compareStrings } from './order.ts';

/**
 * The claims x outlets matrix: for each cluster and every outlet, whether the outlet reports it, only
 * hedges it, contradicts it (a different figure or time, or a denial, against the cluster's label
 * claim or else the majority), or omits it.
 *
 * @example
 * buildMatrix(context, clusters, conflicts)[0].cells; // { 'ap': 'reports', 'dgt': 'hedges', 'bd': 'omits' }
 */
export function buildMatrix(
  context: DigestContext,
  clusters: readonly ClaimCluster[],
  conflicts: readonly Conflict[],
): MatrixRow[] {
  const byId = new Map(conflicts.map((conflict) => [conflict.id, conflict]));
  return clusters.map((cluster) => {
    const contradicting = new Set<string>();
    for (const id of cluster.conflictIds) {
      const conflict = byId.get(id);
      if (conflict && disputes(conflict)) for (const outlet of dissenters(context, conflict, cluster.labelClaimId)) contradicting.add(outlet);
    }
    const cells: Record<string, Coverage> = {};
    for (const outletId of [...context.outletIds].sort(compareStrings)) {
      const modality = cluster.modalityByOutlet[outletId];
      if (contradicting.has(outletId)) cells[outletId] = 'contradicts';
      else if (modality === undefined) cells[outletId] = 'omits';
      else if (modality === 'hedged' || modality === 'question') cells[outletId] = 'hedges';
      else cells[outletId] = 'reports';
    }
    return { clusterId: cluster.id, cells };
  });
}

/** Outlets whose position differs from the reference: the label claim's position, else the most held. */
function dissenters(context: DigestContext, conflict: Conflict, labelClaimId: string): string[] {
  const keyOf = (position: ConflictPosition) => positionKey(context, conflict.kind, position);
  const counts = new Map<string, number>();
  for (const position of conflict.positions) counts.set(keyOf(position), (counts.get(keyOf(position)) ?? 0) + 1);
  const labelled = conflict.positions.find((position) => position.claimId === labelClaimId);
  const majority = [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0];
  const reference = labelled ? keyOf(labelled) : majority;
  return conflict.positions.filter((position) => keyOf(position) !== reference).map((position) => position.outletId);
}

function positionKey(context: DigestContext, kind: Conflict['kind'], position: ConflictPosition): string {
  if (kind === 'numeric') return String(Number((position.value ?? 0).toPrecision(4)));
  if (kind === 'temporal') return position.text.toLowerCase();
  const claim = context.claimById.get(position.claimId);
  return (claim ? stanceOf(claim) : stanceOf({ modality: position.modality ?? 'asserted', modalityCues: [] })) ?? '';
}
