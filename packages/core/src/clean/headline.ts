import type { Repair } from './edits.ts';
import { lineKey } from './line-index.ts';
import { contentLines, lineRemovalSpan, wordCount, wordSpans, type LineSpan } from './text-units.ts';
import { isFunctionWord } from './words.ts';

// `PoliticsKim Jong-un heads…`, `GadgetsUS firm…`, `Showbiz'Christmas…`: a capitalised word glued to
// the next capitalised word or acronym, or to an opening quotation mark.
const GLUED_LABEL_RE = /^(\p{Lu}\p{Ll}{2,})(?=[‘'"“]?\p{Lu})/u;
// A kicker is a label: `Putin & Kim`, `EXCLUSIVE`, `Brexit: live`; a Title Case headline is not.
const LABEL_MARK_RE = /[&|:/+]/;
const POSSESSIVE_RE = /['’]s$/u;
// `Headline | Site Name`, `Headline - Site Name`: a title tag as browsers show it.
const SITE_SUFFIX_RE = /\s+[|–—-]\s+([^|–—-]+)$/u;
// Section names of news sites in general (not of any one site).
const SECTION_RE =
  /^(?:World|Politics|Business|Economy|Markets|Money|Sports?|Tech|Technology|Science|Health|Entertainment|Culture|Arts|Opinion|Lifestyle|Travel|Environment|Climate|Education|Asia|Europe|Africa|Americas|Local|National|International|News|Breaking|Analysis|Video|Live|Exclusive|Features?)$/;
const ENDS_SENTENCE_RE = /[.!?…]["'”’)\]]*$/;

/**
 * Chrome around the headline: a category label glued to it, the headline repeated as the first body
 * line, and a kicker line above the real headline (`Putin & Kim` over `Kim Jong Un to meet Putin`).
 * `gluedLabels` counts glued prefixes across the corpus' titles (evidence beyond this article).
 *
 * @example
 * repairHeadline('PoliticsKim heads north\n\nKim heads north\n\nBody.', new Map()).map((r) => r.rule);
 * // ['category-label', 'repeated-title']
 */
export function repairHeadline(text: string, gluedLabels: ReadonlyMap<string, number>, vocabulary: ReadonlySet<string> = new Set()): Repair[] {
  const [first, second, third] = contentLines(text);
  if (!first) return [];
  const repairs: Repair[] = [];
  const label = GLUED_LABEL_RE.exec(first.text)?.[1];
  const rest = label ? first.text.slice(label.length) : first.text;
  const repeats = second !== undefined && repeatsTitle(second.text, rest);
  const isCommonWord = label !== undefined && vocabulary.has(label.toLowerCase());
  if (label && isGlued(text, first.text, label) && (repeats || SECTION_RE.test(label) || (gluedLabels.get(label) ?? 0) >= 2 || isCommonWord)) {
    const why = repeats
      ? 'the rest of the line repeats as the next line'
      : SECTION_RE.test(label)
        ? 'a news section name'
        : (gluedLabels.get(label) ?? 0) >= 2
          ? `glued to ${gluedLabels.get(label)} titles in the corpus`
          : `'${label.toLowerCase()}' is a common word and the glued form occurs nowhere else`;
    repairs.push(chrome('category-label', first.start, first.start + label.length, 0.9, `'${label}' glued to the headline: ${why}`));
  }
  if (second && repeats) {
    repairs.push(chrome('repeated-title', ...removal(text, second), 0.95, 'the headline repeated as the first body line'));
  } else if (second && third && isKicker(first, second, third, text)) {
    repairs.push(chrome('kicker', ...removal(text, first), 0.8, `a short line above the headline '${second.text}'`));
  }
  return repairs;
}

/**
 * The first body line repeats the headline, maybe with the site's name after a bar or dash:
 * `'Storm closes harbour | Coast News'` repeats `'Storm closes harbour'`.
 */
function repeatsTitle(line: string, title: string): boolean {
  if (lineKey(line) === lineKey(title)) return true;
  const bar = SITE_SUFFIX_RE.exec(line);
  return bar !== null && bar.index > 0 && lineKey(line.slice(0, bar.index)) === lineKey(title) && wordSpans(bar[1] ?? '').length <= 5;
}

/** The glued prefix of a title, for corpus counts: `'PoliticsKim…'` -> `'Politics'`. */
export function gluedLabelOf(title: string): string | undefined {
  return GLUED_LABEL_RE.exec(title.trim())?.[1];
}

/**
 * A glued label, not a name: the glued token occurs nowhere else while its second half does.
 * `PoliticsKim` (and `Kim` alone below) is glued; `WorldCom` and `PlayStation` recur whole.
 */
function isGlued(text: string, title: string, label: string): boolean {
  const rest = wordSpans(title.slice(label.length))[0];
  if (!rest) return false;
  const token = title.slice(0, label.length + rest.end).toLowerCase();
  const words = new Set(wordSpans(text.slice(text.indexOf(title) + title.length)).map((w) => w.text.toLowerCase().replace(POSSESSIVE_RE, '')));
  return !words.has(token.replace(POSSESSIVE_RE, '')) && words.has(rest.text.toLowerCase().replace(POSSESSIVE_RE, ''));
}

/** A kicker: a line of a few words, all named again below, above a headline-shaped line and prose. */
function isKicker(first: LineSpan, second: LineSpan, third: LineSpan, text: string): boolean {
  const words = wordCount(first.text);
  if (words === 0 || words > 4 || ENDS_SENTENCE_RE.test(first.text) || ENDS_SENTENCE_RE.test(second.text)) return false;
  if (wordCount(second.text) <= words || wordCount(second.text) > 20 || !ENDS_SENTENCE_RE.test(third.text)) return false;
  if (second.index - first.index < 2) return false; // a deck of lines without blank lines is a list
  // A short Title Case headline over a stand-first looks the same: only a label's marks tell.
  const isLabel = LABEL_MARK_RE.test(first.text) || first.text === first.text.toUpperCase() || words <= 2;
  if (!isLabel) return false;
  // A label, not a headline: `Putin & Kim`, `Exclusive`; `Arsenal through on penalties` is a title.
  if (wordSpans(first.text).some((w) => !isFunctionWord(w.text) && !/^[\p{Lu}\p{N}]/u.test(w.text))) return false;
  const below = new Set(wordSpans(text.slice(second.start)).map((w) => w.text.toLowerCase()));
  return wordSpans(first.text).every((w) => isFunctionWord(w.text) || below.has(w.text.toLowerCase()));
}

function removal(text: string, line: LineSpan): [number, number] {
  const span = lineRemovalSpan(text, line);
  return [span.start, span.end];
}

function chrome(rule: string, start: number, end: number, confidence: number, evidence: string): Repair {
  return { kind: 'chrome', rule, start, end, after: '', confidence, evidence };
}
