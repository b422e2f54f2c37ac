import type { Flag } from '../model/index.ts';
import type { Repair } from './edits.ts';

// Single letters each with a full stop, spaced: `U. S.`, `p. m.`, `J. R. R.`.
const SPACED_RE = /(?<![\p{L}\p{N}.])\p{L}\.(?: \p{L}\.)+(?!\p{L})/gu;
// Spaced abbreviations every English reader knows; others need the closed form in the corpus.
const KNOWN_CLOSED = new Set(['US', 'UK', 'UN', 'EU', 'DC']);
// `M. Kim` where the text says `Mr. Kim`: an honorific cut to its initial (often by translation).
const INITIAL_NAME_RE = /(?<!\p{L}\. )(?<![\p{L}\p{N}.])(\p{Lu})\. (\p{Lu}\p{Ll}+)\b/gu;
const HONORIFIC_RE = /\b(Mr|Ms|Mrs|Dr)(\.?) (\p{Lu}\p{Ll}+)/gu;
// The word after spaced capitals: a surname makes them initials (`J. R. R. Tolkien`).
const NEXT_CAPITALISED_RE = /^[ \t]+(\p{Lu}[\p{L}'’-]*)/u;

export interface AbbreviationFindings {
  repairs: Repair[];
  flags: Flag[];
}

/**
 * Close up spaced abbreviations (`'U. S.'` -> `'U.S.'`, `'7 p. m.'` -> `'7 p.m.'`) where they are
 * certain: lowercase ones, well-known ones, and those the corpus writes closed. Initials before a
 * name (`J. R. R. Tolkien`) stay. `M. Kim` becomes `Mr. Kim` when this article says `Mr. Kim`, and is
 * flagged when only other articles do.
 *
 * @example
 * repairAbbreviations('former U. S. President', new Set(), new Map()).repairs[0]?.after; // 'U.S.'
 */
export function repairAbbreviations(text: string, vocabulary: ReadonlySet<string>, honorifics: ReadonlyMap<string, string>): AbbreviationFindings {
  const repairs: Repair[] = [];
  const flags: Flag[] = [];
  for (const match of text.matchAll(SPACED_RE)) {
    const letters = match[0].replace(/[ .]/g, '');
    const closed = `${[...letters].join('.')}.`;
    const isLower = letters === letters.toLowerCase();
    const isKnown = KNOWN_CLOSED.has(letters) || vocabulary.has(letters) || text.includes(closed) || new RegExp(`\\b${letters}\\b`, 'u').test(text);
    const notInitials = !isLower && !isKnown && isAcronym(letters, text.slice((match.index ?? 0) + match[0].length), vocabulary);
    if (!isLower && !isKnown && !notInitials) continue;
    const evidence = isLower
      ? 'lowercase letters with full stops are an abbreviation, not initials'
      : isKnown
        ? `'${letters}' is written closed elsewhere`
        : 'capitals with full stops that no surname follows are an abbreviation, not initials';
    repairs.push({ kind: 'abbreviation', rule: 'spaced-abbreviation', start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, after: closed, confidence: 0.95, evidence });
  }
  const local = honorificsIn(text);
  for (const match of text.matchAll(INITIAL_NAME_RE)) {
    const [whole, initial = '', surname = ''] = match;
    const start = match.index ?? 0;
    const here = local.get(surname);
    const there = honorifics.get(surname);
    const form = here ?? there;
    if (!form || !form.startsWith(initial)) continue;
    const after = `${form} ${surname}`;
    if (here) {
      repairs.push({ kind: 'abbreviation', rule: 'honorific-initial', start, end: start + whole.length, after, confidence: 0.8, evidence: `this article writes '${after}'` });
    } else {
      flags.push({ kind: 'sentence', rule: 'honorific-initial', start, end: start + whole.length, text: whole, message: `'${whole}' may be an honorific cut to its initial; other articles write '${after}'`, suggestion: after });
    }
  }
  return { repairs: firstOfOverlaps(repairs), flags };
}

/**
 * Spaced capitals are an acronym, not initials, when no surname follows: nothing capitalised comes
 * next (`the W. T. A. said`), or, for three letters or more, the next word is a common word the
 * corpus also writes in lowercase (`the W. T. A. Tour`). `J. K. Rowling` stays.
 */
function isAcronym(letters: string, after: string, vocabulary: ReadonlySet<string>): boolean {
  if (letters.length < 2) return false;
  const next = NEXT_CAPITALISED_RE.exec(after)?.[1];
  if (next === undefined) return true;
  return letters.length >= 3 && vocabulary.has(next.toLowerCase());
}

/** Honorific forms by surname: `'Mr. Kim'` -> `Kim => 'Mr.'`. The first form seen wins. */
export function honorificsIn(text: string, into = new Map<string, string>()): Map<string, string> {
  for (const [, title = '', dot = '', surname = ''] of text.matchAll(HONORIFIC_RE)) if (!into.has(surname)) into.set(surname, `${title}${dot}`);
  return into;
}

function firstOfOverlaps(repairs: Repair[]): Repair[] {
  const sorted = [...repairs].sort((a, b) => a.start - b.start);
  const kept: Repair[] = [];
  for (const r of sorted) if (kept.length === 0 || r.start >= (kept[kept.length - 1]?.end ?? 0)) kept.push(r);
  return kept;
}
