import type { Digest } from '../model/index.ts';
import type { ProvenanceProblem } from './provenance.ts';

/**
 * Problems with the receipts of the digest summary: a line without its `summaryLines` entry (or with
 * other words), a line with no source sentence, or an id that names nothing in the digest.
 *
 * @example
 * receiptProblems(digest); // [] when every summary line points at real clusters, claims and sentences
 */
export function receiptProblems(digest: Digest): ProvenanceProblem[] {
  const known = {
    cluster: new Set(digest.clusters.map((cluster) => cluster.id)),
    conflict: new Set(digest.conflicts.map((conflict) => conflict.id)),
    claim: new Set(digest.claims.map((claim) => claim.id)),
    sentence: new Set(digest.articles.flatMap((article) => article.sentences.map((sentence) => sentence.id))),
  };
  const problems: ProvenanceProblem[] = [];
  for (const [index, text] of digest.summary.entries()) {
    const where = `summary[${index}]`;
    const line = digest.summaryLines[index];
    if (!line || line.text !== text) {
      problems.push({ where, kind: 'receipt', text: 'no receipts for this line' });
      continue;
    }
    if (line.sentenceIds.length === 0) problems.push({ where, kind: 'receipt', text: 'no source sentence' });
    const ids = [
      ...line.clusterIds.map((id) => ['cluster', id] as const),
      ...line.conflictIds.map((id) => ['conflict', id] as const),
      ...line.claimIds.map((id) => ['claim', id] as const),
      ...line.sentenceIds.map((id) => ['sentence', id] as const),
    ];
    for (const [what, id] of ids) if (!known[what].has(id)) problems.push({ where, kind: 'receipt', text: `unknown ${what} '${id}'` });
  }
  if (digest.summaryLines.length > digest.summary.length) {
    problems.push({ where: `summaryLines[${digest.summary.length}]`, kind: 'receipt', text: 'a line the summary does not have' });
  }
  return problems;
}
