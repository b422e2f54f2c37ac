import { findCredits } from '../ingest/detect-credits.ts';
import type { Article, Credit } from '../model/index.ts';
import type { Repair } from './edits.ts';
import { contentLines, lineRemovalSpan } from './text-units.ts';

export interface CreditFindings {
  repairs: Repair[];
  credits: Credit[];
}

/**
 * Move credit lines out of the body into metadata: wire and contributor credits, bylines,
 * translators, publisher footers, and a line that is only the publisher's name.
 *
 * @example
 * repairCredits('Story.\n\nReuters contributed to this report.', []).credits; // [{ kind: 'wire', name: 'Reuters', … }]
 */
export function repairCredits(text: string, known: readonly Credit[]): CreditFindings {
  const repairs: Repair[] = [];
  const credits: Credit[] = [];
  const byLine = new Map<number, { end: number; credits: Credit[] }>();
  for (const finding of findCredits(text)) {
    const entry = byLine.get(finding.start) ?? { end: finding.end, credits: [] };
    entry.credits.push(finding.credit);
    byLine.set(finding.start, entry);
  }
  const publishers = new Set([...known, ...[...byLine.values()].flatMap((e) => e.credits)].filter((c) => c.kind === 'publisher').map((c) => nameKey(c.name)));
  for (const line of contentLines(text)) {
    if (byLine.has(line.start) || !publishers.has(nameKey(line.text))) continue;
    byLine.set(line.start, { end: line.end, credits: [{ kind: 'publisher', name: line.text.replace(/[.:]$/, ''), text: line.text }] });
  }
  for (const [start, { end, credits: found }] of [...byLine].sort((a, b) => a[0] - b[0])) {
    const span = lineRemovalSpan(text, { start, end });
    const names = found.map((c) => `${c.kind} '${c.name}'`).join(', ');
    repairs.push({ kind: 'credit', rule: `${found[0]?.kind ?? 'credit'}-line`, ...span, after: '', confidence: 0.95, evidence: `credits ${names}` });
    credits.push(...found);
  }
  return { repairs, credits };
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
