import type { Digest, TimelineEntry } from '@parallax/core';
import { indexDigest } from '../data/digest-index.ts';
import { heading, receipt } from '../lines/blocks.ts';
import type { Line } from '../lines/line.ts';
import { DIM, OUTLET, TITLE, WARNING } from '../lines/styles.ts';
import { wrapText } from '../lines/wrap.ts';
import { where } from './receipt-lines.ts';

/** An event: when it happened, when each outlet reported it, and the sentences that place it. */
export function eventLines(entry: TimelineEntry, digest: Digest, width: number): Line[] {
  const index = indexDigest(digest);
  const lines: Line[] = [...wrapText(entry.text, width, { style: TITLE }), ...wrapText(`When: ${entry.when}${entry.date || entry.period ? ` (${entry.date ?? entry.period})` : ''}`, width)];
  if (entry.disputed) lines.push(...wrapText('⚠ Outlets place this event at different times.', width, { style: WARNING }));
  if (entry.reportedAt.length > 0) {
    lines.push(...wrapText(`Reported: ${entry.reportedAt.map((report) => `${index.outletName(report.outletId)} ${report.date}`).join(' · ')}`, width, { style: DIM }));
  }
  const cluster = entry.clusterId ? index.cluster(entry.clusterId) : undefined;
  if (cluster && cluster.label !== entry.text) lines.push(...wrapText(`In cluster: ${cluster.label}`, width, { style: DIM }));
  lines.push(...heading('Receipts'));
  for (const claimId of entry.claimIds) {
    const claim = index.claim(claimId);
    const source = claim ? index.sentence(claim.sentenceId) : undefined;
    if (!claim || !source) continue;
    lines.push([], [{ text: `  ${index.outletName(claim.outletId)}`, style: OUTLET }]);
    lines.push(...receipt(source.sentence.text, width), ...where(source.article.id, source.sentence.index, width));
  }
  return lines;
}
