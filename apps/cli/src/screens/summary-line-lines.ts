import type { Claim, Digest, SummaryLine } from '@parallax/core';
import { indexDigest } from '../data/digest-index.ts';
import { conflictKindText, count, supportText } from '../format/describe.ts';
import { heading, note } from '../lines/blocks.ts';
import type { Line } from '../lines/line.ts';
import { DIM, severitySegment, statusSegment, TITLE } from '../lines/styles.ts';
import { wrapSegments, wrapText } from '../lines/wrap.ts';
import { receiptLines, type ReceiptSentence } from './receipt-lines.ts';

/**
 * One line of the digest summary with its receipts: what it states (its cluster or conflict), then
 * the sentences behind it, outlet by outlet, each with the claim it carries and where it sits.
 */
export function summaryLineLines(line: SummaryLine, digest: Digest, width: number): Line[] {
  const index = indexDigest(digest);
  const sentences: ReceiptSentence[] = line.sentenceIds.flatMap((id) => {
    const found = index.sentence(id);
    return found ? [{ sentenceId: id, articleId: found.article.id, text: found.sentence.text }] : [];
  });
  const claims = line.claimIds.flatMap((id): Claim[] => {
    const claim = index.claim(id);
    return claim ? [claim] : [];
  });
  const outletIds = [...new Set(sentences.map((sentence) => index.article(sentence.articleId)?.outletId ?? ''))].filter(Boolean);
  const lines: Line[] = [
    ...wrapText(line.text, width, { style: TITLE }),
    ...wrapText(
      `${line.kind === 'conflict' ? 'States a conflict' : 'States a claim'} · ${count(sentences.length, 'source sentence')} from ${count(outletIds.length, 'outlet')}`,
      width,
      { style: DIM },
    ),
  ];
  for (const clusterId of line.clusterIds) {
    const cluster = index.cluster(clusterId);
    if (!cluster) continue;
    lines.push(...wrapSegments([{ text: 'Cluster: ', style: DIM }, statusSegment(cluster.status), { text: ` ${supportText(cluster)} · `, style: DIM }, { text: cluster.label }], width, { hang: 2 }));
  }
  for (const conflictId of line.conflictIds) {
    const conflict = digest.conflicts.find((candidate) => candidate.id === conflictId);
    if (!conflict) continue;
    lines.push(...wrapSegments([{ text: 'Conflict: ', style: DIM }, severitySegment(conflict.severity), { text: ` ${conflictKindText(conflict)}: `, style: DIM }, { text: conflict.summary }], width, { hang: 2 }));
  }
  lines.push(...heading('Receipts'));
  if (sentences.length === 0) lines.push(...note('No source sentence behind this line is in the digest.', width));
  const modalityByOutlet = line.clusterIds.length === 1 ? index.cluster(line.clusterIds[0] ?? '')?.modalityByOutlet : undefined;
  lines.push(...receiptLines({ outletIds, claims, sentences, modalityByOutlet }, index, width));
  return lines;
}
