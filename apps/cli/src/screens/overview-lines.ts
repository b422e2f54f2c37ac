import type { Digest } from '@parallax/core';
import type { EntrySpan } from '../hooks/use-entries-state.ts';
import type { Route } from '../hooks/use-navigation.ts';
import { skippedFiles } from '../commands/io.ts';
import { indexDigest } from '../data/digest-index.ts';
import { conflictKindText, count, editCountsText, supportText } from '../format/describe.ts';
import { bullet, heading, note } from '../lines/blocks.ts';
import type { Line } from '../lines/line.ts';
import { DIM, HEADING, OUTLET, severitySegment, statusSegment, TITLE, WARNING } from '../lines/styles.ts';
import { wrapSegments, wrapText } from '../lines/wrap.ts';

const TOP_CLUSTERS = 5;
const TOP_CONFLICTS = 5;

/** A part of the overview that opens a view: a summary line, a cluster or a conflict. */
export interface OverviewEntry extends EntrySpan {
  route: Route;
}

/**
 * The first screen: what the corpus is, the digest summary, the best-supported clusters, conflicts,
 * outlets. Summary lines, clusters and conflicts are entries: selecting one and pressing enter opens
 * its receipts.
 */
export function overviewLines(digest: Digest, width: number): { lines: Line[]; entries: OverviewEntry[] } {
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

  const entries: OverviewEntry[] = [];
  const entry = (route: Route, added: readonly Line[]) => {
    entries.push({ start: lines.length, end: lines.length + added.length, route });
    lines.push(...added);
  };

  lines.push(...(digest.summaryLines.length > 0 ? [[], [{ text: 'Summary', style: HEADING }, { text: ' · enter on a line shows the sentences behind it', style: DIM }]] : heading('Summary')));
  if (digest.summary.length === 0) lines.push(...note('No cross-source summary yet.', width));
  digest.summary.forEach((sentence, lineIndex) => {
    const sources = digest.summaryLines[lineIndex]?.sentenceIds.length ?? 0;
    const text = [{ text: sentence }, ...(sources > 0 ? [{ text: ` · ${count(sources, 'source')}`, style: DIM }] : [])];
    entry({ screen: 'line', id: String(lineIndex) }, bullet(text, width));
  });

  lines.push(...heading(`Most corroborated${digest.clusters.length > TOP_CLUSTERS ? ` (top ${TOP_CLUSTERS} of ${digest.clusters.length}: press 2 for all)` : ''}`));
  if (digest.clusters.length === 0) lines.push(...note('No clusters found.', width));
  for (const cluster of digest.clusters.slice(0, TOP_CLUSTERS)) {
    entry({ screen: 'cluster', id: cluster.id }, [
      ...wrapSegments([statusSegment(cluster.status, true), { text: ` ${supportText(cluster)}`, style: { bold: true } }], width, { indent: 2 }),
      ...wrapText(cluster.label, width, { indent: 4 }),
    ]);
  }

  lines.push(...heading(`Conflicts${digest.conflicts.length > TOP_CONFLICTS ? ` (top ${TOP_CONFLICTS} of ${digest.conflicts.length}: press 3 for all)` : ''}`));
  if (digest.conflicts.length === 0) lines.push(...note('No conflicts found.', width));
  for (const conflict of digest.conflicts.slice(0, TOP_CONFLICTS)) {
    entry(
      { screen: 'conflict', id: conflict.id },
      wrapSegments([severitySegment(conflict.severity), { text: ` ${conflictKindText(conflict)}: `, style: DIM }, { text: conflict.summary }], width, { indent: 2, hang: 2 }),
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
  return { lines, entries };
}
