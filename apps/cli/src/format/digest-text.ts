import type { Digest } from '@parallax/core';
import { indexDigest } from '../data/digest-index.ts';
import { conflictTitle, count, editCountsText, supportText } from './describe.ts';
import { sourceRefs } from './source-refs.ts';

const MAX_CLUSTERS = 10;
const MAX_CONFLICTS = 20;

/**
 * The digest as plain text for a terminal or a pipe: summary (each line followed by its sources:
 * outlet · article · sentence), top clusters with their support, conflicts with every position, and
 * each outlet's integrity. No colours: safe to redirect.
 *
 * @example
 * process.stdout.write(formatDigestText(digest));
 */
export function formatDigestText(digest: Digest): string {
  const outletName = outletNamer(digest);
  const edits = digest.articles.reduce((sum, article) => sum + article.edits.length, 0);
  const lines: string[] = [
    digest.corpus.title ?? digest.corpus.name,
    [
      `${count(digest.articles.length, 'article')} from ${count(digest.outlets.length, 'outlet')}`,
      count(digest.claims.length, 'claim'),
      count(digest.clusters.length, 'cluster'),
      count(digest.conflicts.length, 'conflict'),
      count(edits, 'edit'),
    ].join(' · '),
    '',
    'Summary',
    ...(digest.summary.length > 0 ? summaryText(digest) : ['  (no cross-source summary yet)']),
    '',
    'Clusters, most independently supported first',
  ];
  // The digest's own order: clusters by independent support, conflicts major first.
  const { clusters } = digest;
  if (clusters.length === 0) lines.push('  (no clusters found)');
  for (const cluster of clusters.slice(0, MAX_CLUSTERS)) {
    lines.push(`  [${cluster.status}] ${supportText(cluster)}: ${cluster.label}`);
  }
  if (clusters.length > MAX_CLUSTERS) lines.push(`  … and ${clusters.length - MAX_CLUSTERS} more (parallax digest --json lists all)`);
  lines.push('', 'Conflicts');
  const { conflicts } = digest;
  if (conflicts.length === 0) lines.push('  (no conflicts found)');
  for (const conflict of conflicts.slice(0, MAX_CONFLICTS)) {
    lines.push(`  [${conflictTitle(conflict)}] ${conflict.summary}`);
    for (const position of conflict.positions) {
      const value = position.value === undefined ? '' : ` (${position.value}${position.unit ? ` ${position.unit}` : ''})`;
      lines.push(`      ${outletName(position.outletId)}: ${position.text}${value}`);
    }
  }
  if (conflicts.length > MAX_CONFLICTS) lines.push(`  … and ${conflicts.length - MAX_CONFLICTS} more`);
  lines.push('', 'Outlets');
  for (const outlet of digest.outlets) {
    const summary = digest.outletSummaries.find((candidate) => candidate.outletId === outlet.id);
    const articles = digest.articles.filter((article) => article.outletId === outlet.id);
    const editCount = articles.reduce((sum, article) => sum + article.edits.length, 0);
    const spin = summary?.integrity.spinScore ?? Math.max(0, ...articles.map((article) => article.spin.score));
    const byKind = summary ? ` (${editCountsText(summary.integrity.editsByKind, ', ')})` : '';
    lines.push(`  ${outlet.name}: ${count(articles.length, 'article')} · ${count(editCount, 'edit')}${editCount > 0 ? byKind : ''} · spin ${spin.toFixed(2)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Each summary line, then the sentences it rests on. */
function summaryText(digest: Digest): string[] {
  const index = indexDigest(digest);
  return digest.summary.flatMap((sentence, lineIndex) => {
    const line = digest.summaryLines[lineIndex];
    const refs = line ? sourceRefs(line, index) : '';
    return refs ? [`  - ${sentence}`, `      sources: ${refs}`] : [`  - ${sentence}`];
  });
}

/** Outlet id -> display name, falling back to the id. */
export function outletNamer(digest: Pick<Digest, 'outlets'>): (id: string) => string {
  const names = new Map(digest.outlets.map((outlet) => [outlet.id, outlet.name]));
  return (id) => names.get(id) ?? id;
}
