import { findCredits } from '../ingest/detect-credits.ts';
import type { Article, Credit } from '../model/index.ts';
import type { Repair } from './edits.ts';
import { creditsOfLine, datelineOf } from './credit-lines.ts';
import { contentLines, lineRemovalSpan } from './text-units.ts';

// Credit lines sit right under the headline or after the story, not between its paragraphs.
const TOP_LINES = 2;
const TAIL_LINES = 5;

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
    if (publishers.size === 0 || byLine.has(line.start) || !publishers.has(nameKey(line.text))) continue;
    byLine.set(line.start, { end: line.end, credits: [{ kind: 'publisher', name: line.text.replace(/[.:]$/, ''), text: line.text }] });
  }
  const lines = contentLines(text);
  for (const [i, line] of lines.entries()) {
    if (i === 0 || byLine.has(line.start) || (i > TOP_LINES && i < lines.length - TAIL_LINES)) continue;
    const found = creditsOfLine(line.text);
    if (found) byLine.set(line.start, { end: line.end, credits: found });
  }
  for (const [start, { end, credits: found }] of [...byLine].sort((a, b) => a[0] - b[0])) {
    const span = lineRemovalSpan(text, { start, end });
    const names = found.map((c) => `${c.kind} '${c.name}'`).join(', ');
    repairs.push({ kind: 'credit', rule: `${found[0]?.kind ?? 'credit'}-line`, ...span, after: '', confidence: 0.95, evidence: `credits ${names}` });
    credits.push(...found);
  }
  for (const line of lines.slice(1, 1 + TOP_LINES)) {
    const dateline = datelineOf(line.text);
    if (!dateline || byLine.has(line.start)) continue;
    const evidence = `a dateline crediting ${dateline.credit.kind} '${dateline.credit.name}'`;
    repairs.push({ kind: 'credit', rule: 'dateline', start: line.start, end: line.start + dateline.length, after: '', confidence: 0.9, evidence });
    credits.push(dateline.credit);
  }
  return { repairs, credits };
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
