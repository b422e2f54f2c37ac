import model from 'wink-eng-lite-web-model';

// Words with an inner apostrophe or hyphen stay whole long enough to drop the possessive.
const WORD_RE = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*/gu;
// `1,600`, `6.7`, `2023`: commas inside numbers are grouping, not separators.
const NUMBER_RE = /\d+(?:[.,]\d+)*/g;
const POSSESSIVE_RE = /['’]s$/u;
// A word with what precedes it on its line, to tell a name from a capitalised sentence opening.
const WORD_AFTER_RE = /(^|[^\p{L}\p{M}'’]*)(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*)/gu;
// Empty, or ending in a full stop, question or exclamation mark, colon or an opening quotation mark.
const SENTENCE_START_RE = /(?:^|[.!?:]\s*|[“"‘(]\s*)$/u;
const GROUPING_COMMA_RE = /,(?=\d{3}\b)/g;

// English function words, reporting verbs and attribution furniture: they say nothing about *what*
// a claim states, so two claims sharing them are no closer.
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each even ever few for from
  further had has have having he her here hers herself him himself his how i if in into is it its
  itself just me more most my myself no nor not now of off on once only or other our ours ourselves
  out over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up upon us very was we were what when where which
  while who whom why will with would you your yours yourself yourselves may might must shall
  said say says saying told tell tells added adding stated states according reported reports
  reporting noted claimed announced mr mrs ms dr one another many much yet still however although
  though whether per via including include includes would've it's there's that's mr. mrs.
  around approximately roughly nearly almost estimated least`.split(/\s+/),
);

type StemFn = (word: string) => string;
const stemAddon: unknown = model.addons.stem;
const porter2: StemFn = typeof stemAddon === 'function' ? (word) => String((stemAddon as StemFn)(word)) : (word) => word;
// The stemmer is a chain of regular expressions and news repeats its words: remember each stem.
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;
const stemWord: StemFn = (word) => {
  const known = STEM_CACHE.get(word);
  if (known !== undefined) return known;
  if (STEM_CACHE.size >= STEM_CACHE_LIMIT) STEM_CACHE.clear();
  const stemmed = porter2(word);
  STEM_CACHE.set(word, stemmed);
  return stemmed;
};

/** Lowercased word tokens of a text, possessives dropped: `Kim’s train` -> `['kim', 'train']`. */
export function words(text: string): string[] {
  return Array.from(text.matchAll(WORD_RE), (match) => match[0].toLowerCase().replace(POSSESSIVE_RE, ''));
}

/** True for function words and attribution verbs. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * Stemmed content words, in order, with repeats: what a claim is about.
 *
 * @example
 * contentStems('The train left Pyongyang on Sunday'); // ['train', 'left', 'pyongyang', 'sunday']
 */
export function contentStems(text: string): string[] {
  const stems: string[] = [];
  for (const word of words(text)) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    stems.push(stemWord(word));
  }
  return stems;
}

/**
 * Words a set of texts only ever writes capitalised, away from the start of a sentence: names, whose
 * stems would merge with other words (`Titanic` and `Titan` both stem to `titan`).
 *
 * @example
 * properWords(['The Titanic sank.', 'Titan was lost.']); // Set { 'titanic' } ('Titan' opens its sentence)
 */
export function properWords(texts: readonly string[]): Set<string> {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(WORD_AFTER_RE)) {
      const [, before = '', word = ''] = match;
      const folded = word.toLowerCase().replace(POSSESSIVE_RE, '');
      if (/^\p{Lu}/u.test(word)) {
        if (!SENTENCE_START_RE.test(before)) capitalised.add(folded);
      } else lower.add(folded);
    }
  }
  return new Set([...capitalised].filter((word) => !lower.has(word)));
}

/** Stem one word with the English Porter2 stemmer that ships with wink's model. */
export function stem(word: string): string {
  return stemWord(word.toLowerCase());
}

/**
 * Numbers written with digits, grouping commas removed: `1,600 feet (488 m)` -> `['1600', '488']`.
 */
export function numberTokens(text: string): string[] {
  return Array.from(text.matchAll(NUMBER_RE), (match) => match[0].replace(GROUPING_COMMA_RE, ''));
}
