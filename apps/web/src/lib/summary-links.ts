import type { ClaimCluster, Conflict } from '@parallax/core';

const WORD_RE = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;
// English function words: they say nothing about which claim a line is about.
const FUNCTION_WORDS = new Set(
  'a an and are as at be been by for from had has have he her his in into is it its of on or our she that the their them they this to was were which who will with would said says say'.split(' '),
);
/** Share of a label's content words a summary line must contain to count as stating it. */
const MIN_CONTAINMENT = 0.6;

/** One line of the digest summary and where its receipts are. */
export interface SummaryLine {
  text: string;
  /** The cluster whose receipts back this line, when one matches. */
  clusterId: string | undefined;
  /** The conflict the line states, when it states one. */
  conflictId: string | undefined;
}

function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(WORD_RE) ?? [];
  return new Set(words.filter((word) => !FUNCTION_WORDS.has(word)));
}

/** Share of `target`'s words found in `line`; 0 unless at least two words (or all of a short target) are shared. */
function containment(line: Set<string>, target: Set<string>): number {
  let shared = 0;
  for (const word of target) if (line.has(word)) shared += 1;
  return shared >= Math.min(2, target.size) && target.size > 0 ? shared / target.size : 0;
}

/**
 * Find the receipts behind each summary line: the cluster (or conflict) whose wording the line
 * carries. The digest summary is plain text, so this matches content words; a line that matches
 * nothing well enough stays unlinked rather than pointing at the wrong receipts.
 *
 * @example
 * linkSummaryLines(['The bridge closed on Friday (3 outlets, 2 independent).'], clusters, [])
 * // [{ text: '…', clusterId: 'c-bridge-closed', conflictId: undefined }]
 */
export function linkSummaryLines(
  lines: readonly string[],
  clusters: readonly Pick<ClaimCluster, 'id' | 'label'>[],
  conflicts: readonly Pick<Conflict, 'id' | 'summary' | 'clusterId'>[],
): SummaryLine[] {
  const clusterWords = clusters.map((cluster) => ({ cluster, words: contentWords(cluster.label) }));
  const conflictWords = conflicts.map((conflict) => ({ conflict, words: contentWords(conflict.summary) }));
  return lines.map((text) => {
    const line = contentWords(text);
    let best: SummaryLine = { text, clusterId: undefined, conflictId: undefined };
    let bestScore = MIN_CONTAINMENT;
    for (const { conflict, words } of conflictWords) {
      const score = containment(line, words);
      if (score > bestScore) {
        best = { text, clusterId: conflict.clusterId, conflictId: conflict.id };
        bestScore = score;
      }
    }
    for (const { cluster, words } of clusterWords) {
      const score = containment(line, words);
      // A conflict line keeps its conflict; a cluster that fits better still gives the receipts.
      if (score > bestScore) {
        best = { text, clusterId: cluster.id, conflictId: best.conflictId };
        bestScore = score;
      }
    }
    return best;
  });
}
