import type { Credit } from '../model/index.ts';
import { wordSpans } from './text-units.ts';
import { isFunctionWord } from './words.ts';

// Wire services: a closed, well-known set (general knowledge, as in ingest).
const WIRE_RE =
  /\b(?:Associated Press|AP|Reuters|Agence France[- ]Presse|AFP|Bloomberg|dpa|DPA|Deutsche Presse-Agentur|Xinhua|Kyodo|Yonhap|Press Association|PA Media|PA|ANSA|EFE|UPI|Tass|TASS|Interfax|Anadolu|Canadian Press)\b/g;
// Words that say a line credits someone: how the work was done and by whom.
const CREDIT_CUES = new Set(
  (
    'by reporting reported reports writing written words story text editing edited editor translated translation translator ' +
    'version adapted contributed contributing contribution material compiled additional correspondent reporter writer writers ' +
    'journalist journalists columnist photographer producer staff'
  ).split(' '),
);
// Lowercase words a credit line may hold besides its cues: roles, what was reported, where from.
const CREDIT_FILLER = new Set(
  'from wire wires agencies agency services report reports article this includes included also additional senior chief staff political business sports sport technology foreign home news'.split(
    ' ',
  ),
);
// A pronoun makes a sentence of it: `He was hired by Reuters.` credits no one.
const PRONOUN_RE = /\b(?:he|she|they|it|we|i|you|his|her|their)\b/i;
const SUBJECTS = new Set(['wire', 'wires', 'agencies', 'agency', 'staff']);
const NAME_RE = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}/gu;
const QUOTE_RE = /["“”]/;
// `LONDON (Reuters) - `, `PARIS, Feb 3 (AFP) — `: a place, maybe a date, the wire, a dash.
// `(CNN) — `: the credit alone, without the place.
const DATELINE_RE = /^(?:(?<place>\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*){0,3})(?:,\s*\p{L}{3,9}\.?\s+\d{1,2})?\s*)?\((?<wire>[^()\n]{2,40})\)\s*[-–—]+\s*/u;
const ACRONYM_RE = /^\p{Lu}{2,6}$/u;

/**
 * The credits of a line that does nothing but credit: cue words (`by`, `reporting`, `translated`),
 * the people or wires credited, places and filler, and nothing else.
 * `'Material from Reuters was used in this report.'` -> a wire credit; `'He was used by Reuters.'` -> none.
 *
 * @example
 * creditsOfLine('Translated from the Spanish by Ana Ruiz'); // [{ kind: 'translator', name: 'Ana Ruiz', … }]
 */
export function creditsOfLine(line: string): Credit[] | undefined {
  const words = wordSpans(line);
  if (words.length === 0 || words.length > 16 || QUOTE_RE.test(line)) return undefined;
  if (PRONOUN_RE.test(line)) return undefined;
  const wires = [...new Set([...line.matchAll(WIRE_RE)].map((m) => wireName(m[0])))];
  // Cue words in capitals (`By`, `Words:`) are no part of a name.
  const rest = line.replace(WIRE_RE, ' ').replace(/\p{L}+/gu, (w) => (CREDIT_CUES.has(w.toLowerCase()) ? w.toLowerCase() : w));
  const people = [...rest.matchAll(NAME_RE)].map((m) => m[0]);
  const lower = wordSpans(rest.replace(NAME_RE, ' ')).map((w) => w.text.toLowerCase());
  const cues = wordSpans(line).filter((w) => CREDIT_CUES.has(w.text.toLowerCase())).length;
  // `Material from Reuters was used in this report.`
  const passive = /\bmaterial\b/i.test(line) ? ['was', 'used'] : [];
  const leftover = lower.filter((w) => !CREDIT_CUES.has(w) && !CREDIT_FILLER.has(w) && !isFunctionWord(w) && !passive.includes(w) && !/^\p{Lu}/u.test(wordSpans(rest).find((x) => x.text.toLowerCase() === w)?.text ?? ''));
  const hasSubject = wires.length > 0 || people.length > 0 || lower.some((w) => SUBJECTS.has(w));
  const onlyWire = wires.length > 0 && wordSpans(rest).length === 0;
  if (leftover.length > 0 || !hasSubject || (cues === 0 && !onlyWire)) return undefined;
  const isWire = (wires.length > 0 || lower.some((w) => SUBJECTS.has(w) && w !== 'staff')) && people.length === 0;
  const kind: Credit['kind'] = /translat|version|adapted/i.test(line) ? 'translator' : isWire ? 'wire' : 'reporter';
  const names = people.length > 0 ? people : wires.length > 0 ? wires : [line.replace(/[.:]$/, '')];
  return names.map((name) => ({ kind, name, text: line }));
}

/**
 * A dateline that credits a wire at the start of a paragraph: the whole `PLACE (Wire) - ` (or
 * `(CNN) — `) and its credit.
 *
 * @example
 * datelineOf('LONDON (Reuters) - Shares rose.')?.length; // 19
 */
export function datelineOf(line: string): { length: number; credit: Credit } | undefined {
  const match = DATELINE_RE.exec(line);
  const wire = match?.groups?.wire?.trim();
  if (!match || !wire || !/^\p{Lu}/u.test(wire) && !WIRE_RE.test(wire)) return undefined;
  WIRE_RE.lastIndex = 0;
  if (wordSpans(wire).length > 4 || /\d/.test(wire)) return undefined;
  const text = match[0].trim();
  const isWire = new RegExp(`^(?:${WIRE_RE.source})$`, 'u').test(wire);
  // `Apple (AAPL) - the maker…` is a ticker: an unknown credit needs the dateline's capitals, or,
  // with no place, to be an outlet's acronym (`(CNN) —`).
  const place = match.groups?.place;
  if (!isWire && (place === undefined ? !ACRONYM_RE.test(wire) : place !== place.toUpperCase())) return undefined;
  return { length: match[0].length, credit: { kind: isWire ? 'wire' : 'contributor', name: isWire ? wireName(wire) : wire, text } };
}

function wireName(name: string): string {
  return name === 'AP' ? 'Associated Press' : name;
}
