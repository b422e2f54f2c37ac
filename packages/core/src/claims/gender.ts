import { getGender } from 'gender-detection-from-name';

export type Gender = 'male' | 'female';

const MALE_HONORIFIC_RE = /^(?:Mr|Sir|Lord|M|Monsieur|Signor|Herr|King|Prince|Duke|Baron|Earl)\.?$/;
const FEMALE_HONORIFIC_RE = /^(?:Mrs|Ms|Miss|Dame|Lady|Mme|Madame|Signora|Frau|Queen|Princess|Duchess|Baroness|Countess)\.?$/;
const MALE_NOUN_RE =
  /\b(?:spokesman|chairman|businessman|congressman|councilman|policeman|fireman|sportsman|husband|father|son|brother|boyfriend|actor|widower|grandfather|uncle|nephew|man|boy|himself)\b/i;
const FEMALE_NOUN_RE =
  /\b(?:spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman|policewoman|wife|mother|daughter|sister|girlfriend|actress|widow|grandmother|aunt|niece|woman|girl|herself)\b/i;
// Capitalised words the name lists also hold but news uses as something else: `North Atlantic`.
const NOT_GIVEN_NAMES = new Set([
  'north', 'south', 'east', 'west', 'central', 'royal', 'major', 'general', 'king', 'prince', 'read', 'will',
  'may', 'june', 'august', 'april', 'march', 'summer', 'winter', 'autumn', 'spring', 'hope', 'peace', 'liberty',
  'justice', 'grace', 'unity', 'victory', 'chase', 'page', 'cole', 'ray', 'art', 'sky', 'star', 'ocean', 'rose',
  'england', 'ireland', 'scotland', 'wales', 'paris', 'athens', 'sydney', 'florence', 'victoria', 'georgia',
  'jordan', 'israel', 'india', 'china', 'kenya', 'horizon', 'liberal', 'labour', 'union', 'wall', 'home', 'media',
  'apple', 'merry', 'law', 'boston', 'la', 'le', 'de', 'del', 'van', 'von', 'al', 'el', 'san', 'santa', 'st', 'new',
  'old', 'grand', 'golden', 'silver', 'big', 'little', 'long', 'young', 'sun', 'moon', 'world', 'global', 'premier',
]);

/**
 * The gender an honorific states: `Mrs` -> female, `Sir` -> male.
 *
 * @example
 * honorificGender('Mrs'); // 'female'
 */
export function honorificGender(word: string): Gender | undefined {
  if (MALE_HONORIFIC_RE.test(word)) return 'male';
  if (FEMALE_HONORIFIC_RE.test(word)) return 'female';
  return undefined;
}

/**
 * The gender a role or description states: `spokeswoman`, `his wife`.
 *
 * @example
 * nounGender('a spokeswoman for the club'); // 'female'
 */
export function nounGender(words: string): Gender | undefined {
  const male = MALE_NOUN_RE.test(words);
  const female = FEMALE_NOUN_RE.test(words);
  return male === female ? undefined : male ? 'male' : 'female';
}

/**
 * The usual gender of a given name, from the gender-detection-from-name lists; undefined for
 * words that are not given names or that news copy uses otherwise.
 *
 * @example
 * givenNameGender('Anna'); // 'female'
 */
export function givenNameGender(word: string): Gender | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 2 || NOT_GIVEN_NAMES.has(lower) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined;
  const gender = getGender(lower);
  return gender === 'unknown' ? undefined : gender;
}

/**
 * The gender a written name shows: its honorific, else the first given name among its words.
 *
 * @example
 * nameGender('PC Sarah Lin'); // 'female'
 */
export function nameGender(name: string): Gender | undefined {
  const words = name.split(/\s+/);
  const honorific = honorificGender(words[0] ?? '');
  if (honorific) return honorific;
  // A lone surname says nothing; `Kim Jong Un` may say the wrong thing, so honorifics in the text win.
  if (words.length < 2) return undefined;
  for (const word of words.slice(0, -1)) {
    const gender = givenNameGender(word);
    if (gender) return gender;
  }
  return undefined;
}
