import type { Flag } from '../model/index.ts';
import { LATIN_LOOKALIKE } from './confusables.ts';
import type { Repair } from './edits.ts';
import { lineSpans } from './text-units.ts';

const LETTER_RUN_RE = /[\p{L}\p{M}]+/gu;
const LATIN_RE = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPT_RE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LETTER_RE = /\p{L}/gu;
const LATIN_LETTER_RE = /\p{Script=Latin}/gu;

export interface HomoglyphFindings {
  repairs: Repair[];
  flags: Flag[];
}

/**
 * Repair Cyrillic/Greek look-alike letters inside Latin words, mapping through Unicode's
 * confusables data. A token is repaired only when it mixes Latin with Cyrillic or Greek, or when it
 * is wholly Cyrillic/Greek inside an English line and its Latin reading occurs in `vocabulary`.
 * Genuine words (`Путин`, `Élysée`, `Zürich`) stay as they are.
 *
 * @example
 * repairHomoglyphs('to mееt Putin').repairs; // [{ kind: 'homoglyph', before 'mееt' -> after: 'meet', … }]
 */
export function repairHomoglyphs(text: string, vocabulary: ReadonlySet<string> = new Set()): HomoglyphFindings {
  const repairs: Repair[] = [];
  const flags: Flag[] = [];
  for (const line of lineSpans(text)) {
    if (!LOOKALIKE_SCRIPT_RE.test(line.text)) continue;
    const isLatinLine = latinShare(line.text) >= 0.8;
    for (const match of line.text.matchAll(LETTER_RUN_RE)) {
      const token = match[0];
      if (!LOOKALIKE_SCRIPT_RE.test(token)) continue;
      const start = line.start + (match.index ?? 0);
      const end = start + token.length;
      const latin = toLatin(token);
      if (LATIN_RE.test(token)) {
        if (latin) repairs.push(homoglyphRepair('mixed-script-token', start, end, token, latin));
        else flags.push(unmappedFlag(start, end, token));
      } else if (latin && isLatinLine && (vocabulary.has(latin) || vocabulary.has(latin.toLowerCase()))) {
        repairs.push(homoglyphRepair('script-disagrees-with-line', start, end, token, latin));
      }
    }
  }
  return { repairs, flags };
}

/** The token with every Cyrillic/Greek letter replaced by its Latin look-alike, or null if one has none. */
export function toLatin(token: string): string | null {
  let out = '';
  for (const char of token) {
    if (!LOOKALIKE_SCRIPT_RE.test(char)) {
      out += char;
      continue;
    }
    const latin = LATIN_LOOKALIKE.get(char);
    if (!latin) return null;
    out += latin;
  }
  return out;
}

function latinShare(line: string): number {
  const letters = line.match(LETTER_RE)?.length ?? 0;
  return letters === 0 ? 0 : (line.match(LATIN_LETTER_RE)?.length ?? 0) / letters;
}

function homoglyphRepair(rule: string, start: number, end: number, before: string, after: string): Repair {
  const swapped = [...before].filter((char) => LOOKALIKE_SCRIPT_RE.test(char));
  const names = [...new Set(swapped)].map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} '${char}' -> '${LATIN_LOOKALIKE.get(char) ?? '?'}'`);
  return {
    kind: 'homoglyph',
    rule,
    start,
    end,
    after,
    confidence: rule === 'mixed-script-token' ? 0.99 : 0.9,
    evidence: `Unicode confusables: ${names.join(', ')}`,
  };
}

function unmappedFlag(start: number, end: number, token: string): Flag {
  return {
    kind: 'homoglyph',
    rule: 'mixed-script-unmapped',
    start,
    end,
    text: token,
    message: 'a word mixes Latin with Cyrillic or Greek letters that have no Latin look-alike',
  };
}
