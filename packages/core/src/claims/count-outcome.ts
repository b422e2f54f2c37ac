// What happened to the things a count counts, as a class (general knowledge of news wording): a
// count of people who died and one of people who were hurt are two figures, never one misreported.
const OUTCOMES: ReadonlyArray<readonly [string, RegExp]> = [
  // Before `injured`: `1,404 of them critically`, `in critical condition`, `seriously hurt`.
  ['seriously injured', /^(?:critical(?:ly)?|serious(?:ly)?|severe(?:ly)?|grave(?:ly)?)$/],
  ['dead', /^(?:die[sd]?|dying|dead|deaths?|kill(?:s|ed|ing)?|fatalit(?:y|ies)|perish(?:ed)?)$/],
  ['injured', /^(?:injur(?:e|es|ed|ing|y|ies)|hurt|wound(?:s|ed|ing)?)$/],
  ['missing', /^(?:missing|unaccounted)$/],
  ['displaced', /^(?:displac(?:ed|ing)|homeless)$/],
  ['evacuated', /^evacuat(?:ed|ing)$/],
  ['arrested', /^(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?)$/],
  ['rescued', /^rescu(?:ed|ing)$/],
  ['hospitalised', /^hospitali[sz]ed$/],
  ['destroyed', /^(?:destroy(?:s|ed|ing)?|flatten(?:ed|ing)|razed)$/],
  ['damaged', /^damag(?:ed|ing)$/],
];
// Words between a count and what happened to it: `2,059 had been injured`, `1,404 of them critically`,
// `1,404 who were in critical condition`, `2,000 people were presumed dead`.
const FILLER_RE =
  /^(?:were|was|are|is|have|has|had|been|be|being|remain|remains|remained|still|now|also|all|who|that|which|of|them|whom|in|reported|confirmed|feared|presumed|believed|reportedly|people)$/i;
const WORD_RE = /[\p{L}'’-]+|[,;:.!?()—–"“”]/gu;
const STOP_RE = /^[,;:.!?()—–"“”]$/;
// Before a count, only a verb acts on it: `killing 12`, `arrested 224 people`; not `missing three tests`.
const VERB_BEFORE_RE =
  /^(?:kill(?:s|ed|ing)?|injur(?:e|es|ed|ing)|hurt(?:s|ing)?|wound(?:s|ed|ing)|displac(?:e|es|ed|ing)|evacuat(?:e|es|ed|ing)|arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|rescu(?:e|es|ed|ing)|destroy(?:s|ed|ing)?|flatten(?:s|ed|ing)?|raz(?:e|es|ed|ing)|damag(?:e|es|ed|ing))$/i;
// `critical` and `serious` speak of the injured only of a condition: `12 in critical condition`, not
// `eight critical security holes`.
const CONDITION_ADJECTIVE_RE = /^(?:critical|serious|severe|grave)$/i;
// A count's clause starts after the last clause mark before it.
const CLAUSE_START_RE = /(?:[.!?]["'”’)]*\s|[,;:—–(]\s?|\n)(?![\s\S]*(?:[.!?]["'”’)]*\s|[,;:—–(]\s?|\n))/;
// `rose to`, `has risen to`, `stood at`, `reached`: the subject of the clause is what is counted.
const LINK_RE = /\b(?:to|at|of|reached|hit|is|was|now|stands|stood|totals?|totalled|totaled)\s$/i;
// `the death toll`, `the quake toll`, `the injury toll`, `deaths`, `fatalities`, `casualties`.
const TOLL_RE = /\b(?:(death|injury|casualty)\s+)?tolls?\b|\b(deaths|fatalities|casualties)\b/i;
// `the number of people killed`, `the number of homes destroyed`, `the number of dead`.
const NUMBER_OF_RE = /\bnumber of (?:the )?([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu;

/** Outcomes that happen to people: a bare number with one of them counts people (`9 were killed`). */
export const PEOPLE_OUTCOMES: ReadonlySet<string> = new Set([
  'dead', 'injured', 'seriously injured', 'missing', 'displaced', 'evacuated', 'arrested', 'rescued', 'hospitalised', 'casualties',
]);

/** A count's outcome and, for a count whose noun stands before it, that noun. */
export interface CountContext {
  outcome?: string;
  /** The counted noun read before the number (`the number of people … to 2,122` -> `people`). */
  noun?: string;
}

/**
 * The outcome class of a word: `killed` -> `dead`, `hurt` -> `injured`, `critically` -> `seriously injured`.
 *
 * @example
 * outcomeOf('wounded'); // 'injured'
 */
export function outcomeOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  return OUTCOMES.find(([, re]) => re.test(lower))?.[0];
}

/**
 * What happened to what a count counts, read from the words around it: after it (`2,012 people had
 * died`), the verb right before it (`killing more than 12,000 people`), or the subject it is the value
 * of (`the death toll rose to 2,012`, `the number of people killed has risen to 2,122`). `start` is
 * where the count begins with its qualifier, `end` where it ends with its noun.
 *
 * @example
 * countContext('The number of people killed has risen to 2,122.', 41, 46); // { outcome: 'dead', noun: 'people' }
 */
export function countContext(text: string, start: number, end: number): CountContext {
  const after = outcomeAfter(text.slice(end, end + 60));
  if (after) return { outcome: after };
  const before = text.slice(Math.max(0, start - 160), start);
  const verb = /([\p{L}'’-]+)\s$/u.exec(before)?.[1];
  const byVerb = verb && VERB_BEFORE_RE.test(verb) ? outcomeOf(verb) : undefined;
  if (byVerb) return { outcome: byVerb };
  return subjectOf(clauseOf(before));
}

function outcomeAfter(after: string): string | undefined {
  const words = [...after.matchAll(WORD_RE)].map((match) => match[0]).slice(0, 7);
  for (const [i, word] of words.entries()) {
    if (STOP_RE.test(word)) return undefined;
    if (FILLER_RE.test(word)) continue;
    if (CONDITION_ADJECTIVE_RE.test(word) && !/^condition/i.test(words[i + 1] ?? '')) return undefined;
    return outcomeOf(word);
  }
  return undefined;
}

/** The subject a linked count is the value of: `the death toll … rose to`, `the number of X … to`. */
function subjectOf(clause: string): CountContext {
  const lastWord = /([\p{L}]+)\s$/u.exec(clause)?.[1] ?? '';
  const toll = TOLL_RE.exec(clause);
  const isLinked = LINK_RE.test(clause) || (toll !== null && /tolls?$/i.test(lastWord));
  if (!isLinked) return {};
  const numberOf = NUMBER_OF_RE.exec(clause);
  if (numberOf) {
    const [, noun = '', next = ''] = numberOf;
    const outcome = outcomeOf(next) ?? outcomeOf(noun);
    const isPeople = outcomeOf(noun) !== undefined || /^(?:the )?(?:people|persons?)$/i.test(noun);
    return outcome ? { outcome, noun: isPeople ? 'people' : noun.toLowerCase() } : {};
  }
  if (!toll) return {};
  const kind = (toll[1] ?? toll[2] ?? '').toLowerCase();
  const outcome = kind === 'injury' ? 'injured' : kind === 'casualty' || kind === 'casualties' ? 'casualties' : 'dead';
  return { outcome, noun: 'people' };
}

function clauseOf(before: string): string {
  const match = CLAUSE_START_RE.exec(before);
  return match ? before.slice(match.index + match[0].length) : before;
}
