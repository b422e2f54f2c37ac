import type { Digest } from '@parallax/core';
import { indexDigest } from '../data/digest-index.ts';
import type { ClusterDetail } from '../data/router-types.ts';
import { conflictKindText, supportText } from '../format/describe.ts';
import { heading, note } from '../lines/blocks.ts';
import type { Line } from '../lines/line.ts';
import { DIM, severitySegment, statusSegment, TITLE } from '../lines/styles.ts';
import { wrapSegments, wrapText } from '../lines/wrap.ts';
import { receiptLines } from './receipt-lines.ts';

const COVERAGE_COLOR = { reports: 'green', hedges: 'yellow', contradicts: 'red', omits: 'gray' } as const;

/**
 * A cluster in full: its label and support, which outlets share copy, coverage, conflicts, and the
 * receipts — each outlet's claims with the exact source sentences.
 */
export function clusterLines(detail: ClusterDetail, digest: Digest, width: number): Line[] {
  const { cluster } = detail;
  const index = indexDigest(digest);
  const lines: Line[] = [
    ...wrapText(cluster.label, width, { style: TITLE }),
    ...wrapSegments(
      [statusSegment(cluster.status), { text: ` · ${supportText(cluster)} · check-worthiness ${cluster.checkworthiness.toFixed(2)}`, style: DIM }],
      width,
    ),
  ];
  const shared = cluster.lineages.filter((lineage) => lineage.length > 1);
  for (const lineage of shared) {
    lines.push(...wrapText(`Shared copy, counted once: ${lineage.map(index.outletName).join(' = ')}`, width, { style: DIM }));
  }

  if (detail.conflicts.length > 0) {
    lines.push(...heading('Conflicts inside'));
    for (const conflict of detail.conflicts) {
      lines.push(...wrapSegments([severitySegment(conflict.severity), { text: ` ${conflictKindText(conflict)}: `, style: DIM }, { text: conflict.summary }], width, { indent: 2, hang: 2 }));
    }
  }

  const cells = Object.entries(detail.matrix?.cells ?? {});
  if (cells.length > 0) {
    lines.push(...heading('Coverage'));
    for (const [outletId, coverage] of cells) {
      lines.push([{ text: `  ${index.outletName(outletId).padEnd(28)} ` }, { text: coverage, style: { color: COVERAGE_COLOR[coverage] } }]);
    }
  }

  lines.push(...heading('Receipts'));
  if (detail.claims.length === 0) lines.push(...note('No claims in this cluster.', width));
  lines.push(...receiptLines({ outletIds: cluster.outletIds, claims: detail.claims, sentences: detail.sentences, modalityByOutlet: cluster.modalityByOutlet }, index, width));
  return lines;
}
