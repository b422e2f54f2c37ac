import type { ClaimCluster, Conflict, SummaryLine } from '../model/index.ts';
import type { ConflictLine } from './conflict-line.ts';
import type { DigestContext } from './context.ts';

/**
 * A summary line that states a cluster, with its receipts: the cluster, every claim in it and the
 * source sentences those claims come from.
 *
 * @example
 * clusterSummaryLine(context, 'Reported by two independent outlets: The mill burned.', cluster).sentenceIds;
 * // ['alpha#s1', 'beacon#s2']
 */
export function clusterSummaryLine(context: DigestContext, text: string, cluster: ClaimCluster): SummaryLine {
  return {
    text,
    kind: 'cluster',
    clusterIds: [cluster.id],
    conflictIds: [],
    claimIds: [...cluster.claimIds],
    sentenceIds: sentencesOf(context, cluster.claimIds, cluster.sentenceIds),
  };
}

/**
 * A summary line that states a conflict, with the receipts its words rest on: the positions it names
 * (and the claim whose wording it quotes), not every position of the conflict.
 */
export function conflictSummaryLine(context: DigestContext, line: ConflictLine, conflict: Conflict): SummaryLine {
  const claimIds = unique([...line.positions.map((position) => position.claimId), ...(line.labelClaimId ? [line.labelClaimId] : [])]);
  return {
    text: line.text,
    kind: 'conflict',
    clusterIds: conflict.clusterId ? [conflict.clusterId] : [],
    conflictIds: [conflict.id],
    claimIds,
    sentenceIds: sentencesOf(context, claimIds, line.positions.map((position) => position.sentenceId)),
  };
}

/** The sentences given, then those of the claims not yet covered, each once, in first-seen order. */
function sentencesOf(context: DigestContext, claimIds: readonly string[], given: readonly string[]): string[] {
  const fromClaims = claimIds.flatMap((id) => {
    const claim = context.claimById.get(id);
    return claim ? [claim.sentenceId] : [];
  });
  return unique([...given, ...fromClaims]).filter((id) => context.sentenceById.has(id));
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
