import type { Repair } from './edits.ts';

// A base character with its combining marks: the unit NFC composes.
const CLUSTER_RE = /\P{M}\p{M}+/gu;
// Zero-width space, word joiner, byte-order mark, soft hyphen: invisible, and they split words.
const INVISIBLE_RE = /[\u200B\u2060\uFEFF\u00AD]+/g;
const ODD_SPACE_RE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const LIGATURE_RE = /[\uFB00-\uFB04]/g;

/**
 * Unicode repairs: NFC composition, invisible characters, odd spaces, typographic ligatures.
 *
 * @example
 * repairUnicode('Zu\u0308rich').map((r) => r.after); // ['ü']
 */
export function repairUnicode(text: string): Repair[] {
  const repairs: Repair[] = [];
  for (const match of text.matchAll(CLUSTER_RE)) {
    const composed = match[0].normalize('NFC');
    if (composed !== match[0]) repairs.push(repair('nfc', match.index ?? 0, match[0], composed));
  }
  for (const match of text.matchAll(INVISIBLE_RE)) repairs.push(repair('invisible-character', match.index ?? 0, match[0], ''));
  for (const match of text.matchAll(ODD_SPACE_RE)) repairs.push(repair('odd-space', match.index ?? 0, match[0], ' '));
  for (const match of text.matchAll(LIGATURE_RE)) repairs.push(repair('ligature', match.index ?? 0, match[0], match[0].normalize('NFKC')));
  return repairs;
}

function repair(rule: string, start: number, before: string, after: string): Repair {
  return { kind: 'unicode', rule, start, end: start + before.length, after, confidence: 1 };
}
