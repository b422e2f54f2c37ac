import type { Digest, Outlet } from '@parallax/core';
import { indexDigest } from '../data/digest-index.ts';
import { count, countEditsByKind, editCountsText, percent, truncate } from '../format/describe.ts';
import { bullet, note } from '../lines/blocks.ts';
import type { Line } from '../lines/line.ts';
import { DIM, ERROR, OUTLET } from '../lines/styles.ts';
import { wrapSegments, wrapText } from '../lines/wrap.ts';

const LISTED_CLUSTERS = 3;

/**
 * One outlet's profile: its summary, whether its headline is borne out, what only it reports and
 * what it leaves out, and its integrity (edits by kind, spin, noise).
 */
export function outletLines(outlet: Outlet, digest: Digest, width: number): Line[] {
  const index = indexDigest(digest);
  const summary = index.outletSummary(outlet.id);
  const articles = digest.articles.filter((article) => article.outletId === outlet.id);
  const lines: Line[] = wrapSegments(
    [{ text: outlet.name, style: OUTLET }, { text: ` · ${count(articles.length, 'article')}${outlet.domain ? ` · ${outlet.domain}` : ''}`, style: DIM }],
    width,
  );
  const edits = articles.flatMap((article) => article.edits);
  const byKind = summary?.integrity.editsByKind ?? countEditsByKind(edits);
  const flags = summary?.integrity.flagCount ?? articles.reduce((sum, article) => sum + article.flags.length, 0);
  const spin = summary?.integrity.spinScore ?? Math.max(0, ...articles.map((article) => article.spin.score));
  const noise = summary ? ` · noise ${percent(summary.integrity.noise)}` : '';
  lines.push(...wrapText(`Integrity: ${editCountsText(byKind)} · ${count(flags, 'flag')} · spin ${spin.toFixed(2)}${noise}`, width));
  if (!summary) return [...lines, ...note('No outlet summary yet.', width, 0)];

  const headline = summary.headline;
  lines.push(
    ...wrapSegments(
      [
        headline.supported ? { text: '✓ headline supported by its body', style: { color: 'green' } } : { text: '✗ headline not supported by its body', style: ERROR },
        { text: `: ${truncate(headline.text, 120)}`, style: DIM },
      ],
      width,
    ),
  );
  lines.push(...clusterList('Only here', summary.exclusiveClusterIds, digest, width));
  lines.push(...clusterList('Left out (most others report)', summary.omittedClusterIds, digest, width));
  if (summary.summary.length > 0) lines.push(line('Summary'));
  for (const sentence of summary.summary) lines.push(...bullet(sentence, width));
  return lines;
}

function clusterList(title: string, ids: readonly string[], digest: Digest, width: number): Line[] {
  if (ids.length === 0) return [];
  const index = indexDigest(digest);
  const labels = ids.slice(0, LISTED_CLUSTERS).map((id) => index.cluster(id)?.label ?? id);
  const more = ids.length > LISTED_CLUSTERS ? `; +${ids.length - LISTED_CLUSTERS} more` : '';
  return wrapText(`${title}: ${count(ids.length, 'cluster')}: ${labels.map((label) => truncate(label, 60)).join('; ')}${more}`, width);
}

function line(text: string): Line {
  return [{ text, style: { bold: true } }];
}
