import type { Digest } from '@parallax/core';
import { skippedFiles } from '../commands/io.ts';
import { indexDigest } from '../data/digest-index.ts';
import { conflictKindText, count, editCountsText, supportText } from '../format/describe.ts';
import { rankClusters, rankConflicts } from '../format/rank.ts';
import { bullet, heading, note } from '../lines/blocks.ts';
import type { Line } from '../lines/line.ts';
import { DIM, OUTLET, severitySegment, statusSegment, TITLE, WARNING } from '../lines/styles.ts';
import { wrapSegments, wrapText } from '../lines/wrap.ts';

const TOP_CLUSTERS = 5;
const TOP_CONFLICTS = 5;

/** The first screen: what the corpus is, the digest summary, the best-supported clusters, conflicts, outlets. */
export function overviewLines(digest: Digest, width: number): Line[] {
  const index = indexDigest(digest);
  const edits = digest.articles.reduce((sum, article) => sum + article.edits.length, 0);
  const lines: Line[] = [
    ...wrapText(digest.corpus.title ?? digest.corpus.name, width, { style: TITLE }),
    ...wrapText(
      [
        count(digest.articles.length, 'article'),
        count(digest.outlets.length, 'outlet'),
        count(digest.claims.length, 'claim'),
        count(digest.clusters.length, 'cluster'),
        count(digest.conflicts.length, 'conflict'),
        count(digest.quotes.length, 'quote'),
        count(digest.timeline.length, 'event'),
        count(edits, 'edit'),
      ].join(' · '),
      width,
      { style: DIM },
    ),
  ];
  for (const skipped of skippedFiles(digest.diagnostics)) lines.push(...wrapText(`⚠ skipped: ${skipped.message}`, width, { style: WARNING }));

  lines.push(...heading('Summary'));
  if (digest.summary.length === 0) lines.push(...note('No cross-source summary yet.', width));
  for (const sentence of digest.summary) lines.push(...bullet(sentence, width));

  lines.push(...heading(`Most corroborated${digest.clusters.length > TOP_CLUSTERS ? ` (top ${TOP_CLUSTERS} of ${digest.clusters.length}: press 2 for all)` : ''}`));
  if (digest.clusters.length === 0) lines.push(...note('No clusters found.', width));
  for (const cluster of rankClusters(digest.clusters).slice(0, TOP_CLUSTERS)) {
    lines.push(
      ...wrapSegments([statusSegment(cluster.status, true), { text: ` ${supportText(cluster)}`, style: { bold: true } }], width, { indent: 2 }),
      ...wrapText(cluster.label, width, { indent: 4 }),
    );
  }

  lines.push(...heading(`Conflicts${digest.conflicts.length > TOP_CONFLICTS ? ` (top ${TOP_CONFLICTS} of ${digest.conflicts.length}: press 3 for all)` : ''}`));
  if (digest.conflicts.length === 0) lines.push(...note('No conflicts found.', width));
  for (const conflict of rankConflicts(digest.conflicts).slice(0, TOP_CONFLICTS)) {
    lines.push(
      ...wrapSegments([severitySegment(conflict.severity), { text: ` ${conflictKindText(conflict)}: `, style: DIM }, { text: conflict.summary }], width, { indent: 2, hang: 2 }),
    );
  }

  lines.push(...heading('Outlets'));
  if (digest.outlets.length === 0) lines.push(...note('No outlets.', width));
  for (const outlet of digest.outlets) {
    const articles = digest.articles.filter((article) => article.outletId === outlet.id);
    const integrity = index.outletSummary(outlet.id)?.integrity;
    const editCount = articles.reduce((sum, article) => sum + article.edits.length, 0);
    const spin = integrity?.spinScore ?? Math.max(0, ...articles.map((article) => article.spin.score));
    const detail = [count(articles.length, 'article'), integrity ? editCountsText(integrity.editsByKind) : count(editCount, 'edit'), `spin ${spin.toFixed(2)}`];
    lines.push(...wrapSegments([{ text: outlet.name, style: OUTLET }, { text: `  ${detail.join(' · ')}`, style: DIM }], width, { indent: 2, hang: 2 }));
  }
  return lines;
}
