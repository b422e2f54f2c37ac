import type { Claim, ClaimCluster, Modality } from '../model/index.ts';
import type { DigestContext } from './context.ts';
import { chooseLabel } from './label.ts';
import { clusterLineages, type CopyEvidence } from './lineage.ts';
import { strongestModality } from './modality-conflicts.ts';
import { compareStrings, sortedUnique } from './order.ts';

/**
 * Turn groups of claim indices into clusters: support by outlet and by independent lineage, the
 * clearest label, each outlet's certainty. Ranked by independent support, then outlets, then
 * check-worthiness; ids follow the rank (`cluster-001` is the best supported).
 *
 * @example
 * buildClusters(context, [[0, 4], [1]], copyEvidence(articles))[0].independentSupport; // 2
 */
export function buildClusters(
  context: DigestContext,
  groups: readonly (readonly number[])[],
  evidence: CopyEvidence,
): ClaimCluster[] {
  const drafts = groups.map((group) => {
    const claims = group
      .map((index) => context.claims[index])
      .filter((claim): claim is Claim => claim !== undefined)
      .sort((a, b) => compareStrings(a.id, b.id));
    return draftCluster(context, claims, evidence);
  });
  drafts.sort(
    (a, b) =>
      b.independentSupport - a.independentSupport ||
      b.outletIds.length - a.outletIds.length ||
      b.checkworthiness - a.checkworthiness ||
      compareStrings(a.labelClaimId, b.labelClaimId),
  );
  const width = Math.max(3, String(drafts.length).length);
  return drafts.map((draft, index) => ({ ...draft, id: `cluster-${String(index + 1).padStart(width, '0')}` }));
}

function draftCluster(
  context: DigestContext,
  claims: readonly Claim[],
  evidence: CopyEvidence,
): ClaimCluster {
  const outletIds = sortedUnique(claims.map((claim) => claim.outletId));
  const lineages = clusterLineages(claims, evidence);
  const label = chooseLabel(context, claims);
  const modalityByOutlet: Record<string, Modality> = {};
  for (const outletId of outletIds) {
    modalityByOutlet[outletId] = strongestModality(claims.filter((c) => c.outletId === outletId).map((c) => c.modality));
  }
  return {
    id: '',
    label: label.text,
    labelClaimId: label.claim.id,
    claimIds: claims.map((claim) => claim.id),
    sentenceIds: sortedUnique(claims.map((claim) => claim.sentenceId)),
    outletIds,
    independentSupport: lineages.length,
    lineages,
    status: outletIds.length >= 2 ? 'corroborated' : 'single-source',
    modalityByOutlet,
    checkworthiness: Math.max(0, ...claims.map((claim) => claim.checkworthiness)),
    conflictIds: [],
  };
}
