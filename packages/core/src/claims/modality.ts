import type { Modality } from '../model/index.ts';

export interface ModalityReading {
  modality: Modality;
  /** The words that set it, as written: `likely`, `denied`, `according to`. */
  cues: string[];
}

// Denials: the source rejects the claim. A plain negative sentence (`he has not crossed`) is asserted.
const DENIAL_RE =
  /\b(?:den(?:y|ies|ied|ying|ial)|refut(?:e|es|ed|ing)|reject(?:s|ed|ing)? (?:the |these |those |such |any )?(?:claims?|reports?|allegations?|accusations?|suggestions?)|dismiss(?:es|ed|ing)? (?:the |these |those |such |any )?(?:claims?|reports?|allegations?|accusations?)|(?<!\b(?:not|never|to) |n't )rul(?:e|es|ed|ing) out|(?:is|was|were|are) [“"‘]?(?:(?:completely|entirely|totally|wholly|simply|absolutely|utterly) )?(?:not true|untrue|false|baseless|unfounded|groundless|fake|nonsense|fabricated)|no (?:truth|evidence|proof|indication|sign) (?:that|of|to suggest)|categorically|nothing to (?:do with|say))\b/gi;
// Hedges: the outlet or its source is not sure. `presumed dead`, `feared dead`: a death nobody has confirmed.
const HEDGE_RE =
  /\b(?:may|might|could|likely|unlikely|possibl[ey]|probabl[ey]|perhaps|potential(?:ly)?|expected to|reportedly|allegedly|alleged|apparently|rumou?red|rumou?rs?|speculat(?:ion|es?|ed|ing)|believed to|thought to|appears? to|seems? to|it is unclear|unclear whether|is said to|are said to|were said to|suggests?|it is (?:understood|thought|believed)|(?:is|are|was|were) understood|expects?|expecting|imaginable|conceivable|presumably|anticipated|understood to|forecast to|(?:is|are|was|were) forecast|predicted to|estimated|not (?:yet )?(?:clear|known|confirmed)|unconfirmed|unverified|presum(?:ed|es|ing)|(?:feared|believed|thought) (?:dead|killed|drowned|missing|lost|trapped))\b/gi;
// `was found dead`, `was shown`: a passive finding is an event, not a source's report.
const REPORT_RE =
  /\b(?:according to|said|says|told|reported|reports|stated|claimed|announced|confirmed|citing|quoted|added|noted|warned|declared|(?<!\b(?:was|were|been|being|is|are|be) )(?:showed|shows|found)|revealed|called (?:on|for))\b/gi;
// `may` the month is capitalised; `May` at a sentence start is rare in news.
const MONTH_MAY_RE = /^May$/;

/**
 * How sure a claim is: `question`, `denied`, `hedged`, `reported` (attributed) or `asserted`,
 * with the cue words. A hedge outranks a report (`likely, analysts said` is hedged).
 *
 * @example
 * readModality('Kim is most likely travelling by train, officials said.', true);
 * // { modality: 'hedged', cues: ['likely', 'said'] }
 */
export function readModality(text: string, isAttributed: boolean): ModalityReading {
  const plain = text.trim();
  if (/\?["”’)]*$/.test(plain)) return { modality: 'question', cues: ['?'] };
  const denials = matches(plain, DENIAL_RE);
  const hedges = matches(plain, HEDGE_RE).filter((word) => !MONTH_MAY_RE.test(word));
  const reports = matches(plain, REPORT_RE);
  if (denials.length > 0) return { modality: 'denied', cues: [...denials, ...reports] };
  if (hedges.length > 0) return { modality: 'hedged', cues: [...hedges, ...reports] };
  if (isAttributed || reports.length > 0) return { modality: 'reported', cues: reports };
  return { modality: 'asserted', cues: [] };
}

function matches(text: string, re: RegExp): string[] {
  return [...new Set([...text.matchAll(re)].map((match) => match[0]))];
}
