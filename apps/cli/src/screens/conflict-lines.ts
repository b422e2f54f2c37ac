import type { Conflict, Digest } from '@parallax/core';
import { indexDigest } from '../data/digest-index.ts';
import { conflictKindText } from '../format/describe.ts';
import { heading, receipt } from '../lines/blocks.ts';
import type { Line } from '../lines/line.ts';
import { DIM, OUTLET, severitySegment, TITLE } from '../lines/styles.ts';
import { wrapSegments, wrapText } from '../lines/wrap.ts';
import { where } from './receipt-lines.ts';

/** A conflict: what disagrees, and every outlet's position with the sentence it rests on. */
export function conflictLines(conflict: Conflict, digest: Digest, width: number): Line[] {
  const index = indexDigest(digest);
  const facts = [conflictKindText(conflict), conflict.dimension].filter(Boolean).join(' · ');
  const lines: Line[] = [...wrapText(conflict.summary, width, { style: TITLE }), ...wrapSegments([severitySegment(conflict.severity), { text: ` ${facts}`, style: DIM }], width)];
  const cluster = conflict.clusterId ? index.cluster(conflict.clusterId) : undefined;
  if (cluster) lines.push(...wrapText(`In cluster: ${cluster.label}`, width, { style: DIM }));
  lines.push(...heading('Positions'));
  for (const position of conflict.positions) {
    const value = position.value === undefined ? '' : ` · ${position.value}${position.unit ? ` ${position.unit}` : ''}`;
    lines.push([], [{ text: `  ${index.outletName(position.outletId)}`, style: OUTLET }, { text: `${value}${position.modality ? ` · ${position.modality}` : ''}`, style: { bold: true } }]);
    lines.push(...wrapText(position.text, width, { indent: 4 }));
    const source = index.sentence(position.sentenceId);
    if (source && source.sentence.text.trim() !== position.text.trim()) lines.push(...receipt(source.sentence.text, width));
    if (source) lines.push(...where(source.article.id, source.sentence.index, width));
  }
  return lines;
}
