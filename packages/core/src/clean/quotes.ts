import type { Flag } from '../model/index.ts';
import type { Repair } from './edits.ts';
import { lineSpans, type LineSpan } from './text-units.ts';

const SPACE_BEFORE_CLOSING_RE = /([,.!?])[ \t]+”/g;
const REVERSED_AT_END_RE = /([,.!?])[ \t]*“[ \t]*$/;

export interface QuoteFindings {
  repairs: Repair[];
  flags: Flag[];
}

/**
 * Repair quotation marks where the repair is certain, flag the rest. Inside an open quotation,
 * `'Russia, ” he said'` -> `'Russia,” he said'` and a paragraph-final `'security. “'` ->
 * `'security.”'`. An opening mark inside an open quotation, a closing mark with nothing open, and
 * a quotation left open at a paragraph's end (unless the next paragraph reopens it) are flagged.
 *
 * @example
 * repairQuotes('“We urge calm, ” he said.').repairs[0]?.after; // ',”'
 */
export function repairQuotes(text: string): QuoteFindings {
  const repairs: Repair[] = [];
  const flags: Flag[] = [];
  const lines = lineSpans(text);
  for (const [i, line] of lines.entries()) {
    for (const match of line.text.matchAll(SPACE_BEFORE_CLOSING_RE)) {
      const at = match.index ?? 0;
      if (!isOpenAt(line.text, at)) continue;
      repairs.push(quoteRepair('space-before-closing', line.start + at, line.start + at + match[0].length, `${match[1]}”`));
    }
    const reversed = REVERSED_AT_END_RE.exec(line.text);
    if (reversed && isOpenAt(line.text, reversed.index)) {
      const start = line.start + reversed.index;
      repairs.push(quoteRepair('reversed-closing', start, line.end, `${reversed[1]}”`));
    } else {
      flags.push(...imbalanceFlags(line, nextContent(lines, i)));
    }
  }
  return { repairs, flags };
}

/** Whether a curly quotation is open at `at`: more `“` than `”` before it. */
function isOpenAt(line: string, at: number): boolean {
  const before = line.slice(0, at);
  return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
}

function imbalanceFlags(line: LineSpan, next: string): Flag[] {
  const flags: Flag[] = [];
  let open: number | undefined;
  for (const match of line.text.matchAll(/[“”]/g)) {
    const at = match.index ?? 0;
    if (match[0] === '“') {
      if (open !== undefined) {
        const lead = /[.,!?] ?$/.exec(line.text.slice(0, at))?.[0] ?? '';
        const start = line.start + at - lead.length;
        const suggestion = lead ? `${lead.trim()}” ` : '”';
        flags.push(quoteFlag('opening-inside-quote', start, line.start + at + 1, `${lead}“`, 'a quotation opens while another is still open', suggestion));
      }
      open = at;
    } else if (open === undefined) {
      flags.push(quoteFlag('closing-without-opening', line.start + at, line.start + at + 1, '”', 'a quotation closes that never opened'));
    } else {
      open = undefined;
    }
  }
  if (open !== undefined && !next.startsWith('“')) {
    flags.push(quoteFlag('unclosed-quote', line.start + open, line.start + open + 1, '“', 'a quotation is never closed in its paragraph'));
  }
  const straight = (line.text.match(/"/g) ?? []).length;
  if (straight === 1 && !next.startsWith('"')) {
    const at = line.text.indexOf('"');
    flags.push(quoteFlag('lone-straight-quote', line.start + at, line.start + at + 1, '"', 'a lone quotation mark in its paragraph'));
  }
  return flags;
}

function nextContent(lines: LineSpan[], i: number): string {
  for (const line of lines.slice(i + 1)) if (line.text.trim() !== '') return line.text.trim();
  return '';
}

function quoteRepair(rule: string, start: number, end: number, after: string): Repair {
  return { kind: 'quote', rule, start, end, after, confidence: 0.9, evidence: 'inside an open quotation' };
}

function quoteFlag(rule: string, start: number, end: number, text: string, message: string, suggestion?: string): Flag {
  const flag: Flag = { kind: 'quote', rule, start, end, text, message };
  if (suggestion) flag.suggestion = suggestion;
  return flag;
}
