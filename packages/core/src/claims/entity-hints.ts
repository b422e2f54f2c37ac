import type { EntityType } from '../model/index.ts';
import { CAPITALS, COUNTRY_ALIASES } from './countries.ts';
import { givenNameGender } from './gender.ts';
import type { Token } from './nlp.ts';

/** What a name's own words and its neighbours say about its type. */
export interface TypeHint {
  hint: EntityType;
  /** Gazetteers, honorifics, titles and keywords 2; context 1; nothing 0. */
  strength: number;
  /** `Pyongyang` -> `North Korea`. */
  standsFor?: string;
}

/** Words that make a name an organisation's: `Ministry`, `Council`, `Inc`, `Party`, `Agency`, `Bank`. */
export const ORG_WORD_RE =
  /\b(?:Ministry|Department|Council|Agency|Service|Office|Forum|Endowment|Institute|Foundation|Fund|Bank|University|College|School|Academy|Party|Union|Association|Federation|League|Organi[sz]ation|Commission|Committee|Court|Tribunal|Parliament|Congress|Assembly|Senate|Cabinet|Church|Army|Navy|Force|Forces|Guard|Police|Group|Company|Corporation|Corp|Inc|Ltd|LLC|plc|PLC|GmbH|AG|Holdings|Partners|Capital|Ventures|Technologies|Systems|Labs|Laborator(?:y|ies)|Laboratory|Pharmaceuticals|Energy|Airlines|Airways|Railways?|Motors|Club|Times|Post|Journal|News|Press|Media|Television|Radio|Network|Studios|Records|Pictures|Entertainment|Kremlin|Pentagon|White House|Downing Street|Reuters|Bloomberg|Bureau|Authority|Board|Trust|Centre|Center|Society|Ilbo|Shimbun|Agence|Telegraph|Guardian|Tribune|Herald|Gazette|FC|United|City|Rovers|Athletic|Programme|Program|Alliance|Coalition|Movement|Hospital|Museum|Charity|Exchange|Secretariat|Ballet|Opera|Orchestra|Theatre|Theater|Choir)\b/;
const PLACE_WORD_RE =
  /\b(?:Province|Region|Island|Islands|Street|Road|Avenue|River|Mountain|Mountains|Mount|Sea|Ocean|Bay|Valley|County|Peninsula|Strait|Gulf|Lake|Coast|Square|Airport|Station|Port|Harbour|Harbor|Heights|Hills|Beach|Desert|Forest|Canyon|Falls|Park|Stadium|Arena|Racecourse|Circuit)\b/;
// General geography: continents, oceans and regions that no country list holds.
const REGIONS = new Set([
  'europe', 'africa', 'asia', 'america', 'north america', 'south america', 'latin america', 'central america',
  'middle east', 'the middle east', 'far east', 'antarctica', 'arctic', 'antarctic', 'atlantic', 'pacific',
  'mediterranean', 'caribbean', 'baltic', 'balkans', 'scandinavia', 'oceania', 'gulf', 'sahel', 'caucasus',
  'siberia', 'himalayas', 'alps', 'west bank', 'gaza', 'gaza strip', 'crimea', 'kashmir', 'sahara',
]);
const COMPASS_RE = /^(?:north|south|east|west|northern|southern|eastern|western|central|north-east|north-west|south-east|south-west|upper|lower|greater) (.+)$/;
// Country names news copy uses that world-countries spells otherwise, and the UK's nations.
const EXTRA_COUNTRIES = new Set(['england', 'scotland', 'wales', 'northern ireland']);
// Events and titles of works are no people, whatever given name they start with: `Boston Indoor Games`.
const EVENT_WORD_RE = /\b(?:Games|Olympics|Championships?|Cup|Open|Festival|Awards?|Prize|Marathon|Grand Prix|Series|Tour|Trophy|Election|Summit|Conference|Christmas|Easter|Day|Week|Show|Lords|Commons)\b/;
// Political parties by their short names: general knowledge, like the wire services.
const PARTY_RE = /^(?:labour|tory|tories|conservatives?|lib dems?|liberal democrats?|democrats?|republicans?|gop|snp|ukip|greens|sinn fein|plaid cymru|reform uk)$/;
// Nouns that class the name next to them: `software firm Microsoft`, `the city of Leeds`.
const ORG_CLASS_RE =
  /^(?:firm|company|giant|group|maker|carmaker|retailer|bank|lender|insurer|airline|carrier|broadcaster|network|agency|regulator|watchdog|operator|supplier|manufacturer|publisher|chain|brand|developer|studio|label|club|team|charity|union|party|newspaper|magazine|website|conglomerate|startup|subsidiary|rival|owner|parent|operator|outfit|side|franchise)s?$/i;
const PLACE_CLASS_RE =
  /^(?:city|town|village|capital|port|region|province|state|county|district|island|suburb|borough|resort|neighbourhood|neighborhood|area|municipality|prefecture|oblast|territory|enclave)$/i;
// Words after a name that make it an organisation: `Microsoft chairman`, `Yukos shares`.
const ORG_AFTER_RE =
  /^(?:spokes(?:man|woman|person)|chief|boss|chairman|chairwoman|executive|executives|director|shares|stock|shareholders|founder|employees|staff|headquarters|subsidiary|board|profits?|revenues?|sales|customers|subscribers|brand)$/i;
/**
 * A name whose words say it is no person: an organisation's, a place's, an event's, a country's.
 *
 * @example
 * isNonPersonName('Sydney Olympics'); // true
 */
export function isNonPersonName(name: string): boolean {
  const key = name.toLowerCase();
  return ORG_WORD_RE.test(name) || PLACE_WORD_RE.test(name) || EVENT_WORD_RE.test(name) || REGIONS.has(key) ||
    COUNTRY_ALIASES.has(key) || CAPITALS.has(key) || EXTRA_COUNTRIES.has(key);
}

/**
 * A word after a name that makes it an organisation's: `Microsoft chairman`, `Yukos shares`.
 *
 * @example
 * isOrganisationNoun('shares'); // true
 */
export function isOrganisationNoun(word: string): boolean {
  return ORG_AFTER_RE.test(word);
}

// Words after a name that make it a person: `Smith's wife`, `Kenteris, who`.
const PERSON_AFTER_RE = /^(?:himself|herself)$/i;
const PERSON_POSSESSION_RE = /^(?:wife|husband|mother|father|son|daughter|brother|sister|family|lawyer|lawyers|agent|coach|girlfriend|boyfriend|partner|widow|career|death|funeral)$/i;
const STAKE_RE = /^(?:share|stake|invest|investment|interest|holding|job|role|career)s?$/;
// `at Microsoft`, `from Google` name organisations as often as places: only these prepositions hint.
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'into', 'across', 'outside', 'inside', 'toward', 'towards']);

/**
 * The type a name suggests from its words (world-countries' names and capitals, regions, parties,
 * organisation and place keywords, titles and honorifics, given names) and from its neighbours
 * (`firm X`, `city of X`, `in X`, `X chairman`, `X, who`, `X, 42,`).
 *
 * @example
 * typeHint('Microsoft', 'microsoft', false, tokens, first, last); // { hint: 'organisation', strength: 1 } after `software firm`
 */
export function typeHint(
  name: string, key: string, isPersonal: boolean, tokens: readonly Token[], first: number, last: number,
): TypeHint {
  const country = COUNTRY_ALIASES.get(key);
  if (country || EXTRA_COUNTRIES.has(key)) return { hint: 'country', strength: 2 };
  const capital = CAPITALS.get(key);
  if (capital) return { hint: 'place', strength: 2, standsFor: capital };
  if (PARTY_RE.test(key) || ORG_WORD_RE.test(name)) return { hint: 'organisation', strength: 2 };
  if (isPersonal) return { hint: 'person', strength: 2 };
  if (REGIONS.has(key) || isCompassPlace(key) || PLACE_WORD_RE.test(name)) return { hint: 'place', strength: 2 };
  const context = contextHint(tokens, first, last);
  if (context) return context;
  if (/^\p{Lu}[\p{Lu}\d&]+$/u.test(name)) return { hint: 'organisation', strength: 1 };
  // `Ankit Panda`: a given name then a surname reads as a person.
  const words = key.split(' ');
  const isEvent = EVENT_WORD_RE.test(name);
  if (!isEvent && words.length >= 2 && words.length <= 4 && givenNameGender(name.split(/\s+/)[0] ?? '')) return { hint: 'person', strength: 1 };
  return { hint: 'other', strength: 0 };
}

/** `North Atlantic`, `Eastern Europe`, `South Korea's north`: a compass word before a known place. */
function isCompassPlace(key: string): boolean {
  const rest = COMPASS_RE.exec(key)?.[1];
  return rest !== undefined && (REGIONS.has(rest) || COUNTRY_ALIASES.has(rest) || CAPITALS.has(rest));
}

/** `Sony, the Japanese electronics giant,`: the class noun of an appositive after a name. */
function appositiveClass(tokens: readonly Token[], from: number): EntityType | undefined {
  if (tokens[from]?.pos !== 'DET') return undefined;
  for (let i = from + 1; i < from + 7; i++) {
    const token = tokens[i];
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB') return undefined;
    const ends = tokens[i + 1]?.pos !== 'NOUN';
    if (token.pos !== 'NOUN' || !ends) continue;
    if (ORG_CLASS_RE.test(token.text)) return 'organisation';
    if (PLACE_CLASS_RE.test(token.text)) return 'place';
    return undefined;
  }
  return undefined;
}

/** The type the words around a name give it, or undefined. */
function contextHint(tokens: readonly Token[], first: number, last: number): TypeHint | undefined {
  const before = tokens[first - 1];
  const beforeTwo = tokens[first - 2];
  const after = tokens[last + 1];
  const afterTwo = tokens[last + 2];
  // `the city of Leeds`, `the town of Tenby`.
  if (before?.lemma === 'of' && beforeTwo && PLACE_CLASS_RE.test(beforeTwo.text)) return { hint: 'place', strength: 1 };
  if (before && before.pos === 'NOUN' && ORG_CLASS_RE.test(before.text)) return { hint: 'organisation', strength: 1 };
  if (before && before.pos === 'NOUN' && PLACE_CLASS_RE.test(before.text)) return { hint: 'place', strength: 1 };
  if (after && after.pos !== 'PROPN' && ORG_AFTER_RE.test(after.text)) return { hint: 'organisation', strength: 1 };
  const possessive = after?.text === '’s' || after?.text === "'s";
  if (possessive && afterTwo && PERSON_POSSESSION_RE.test(afterTwo.text)) return { hint: 'person', strength: 1 };
  if (after?.text === ',' && (afterTwo?.lemma === 'who' || /^\d{1,2}$/.test(afterTwo?.text ?? '')) && tokens[last + 3]?.text !== '000') {
    return { hint: 'person', strength: 1 };
  }
  const apposed = after?.text === ',' ? appositiveClass(tokens, last + 2) : undefined;
  if (apposed) return { hint: apposed, strength: 1 };
  if (after && PERSON_AFTER_RE.test(after.text)) return { hint: 'person', strength: 1 };
  // `shares in Yukos`, `a stake in Google`.
  if (before?.lemma === 'in' && beforeTwo && STAKE_RE.test(beforeTwo.lemma)) return { hint: 'organisation', strength: 1 };
  if (before && PLACE_PREPOSITIONS.has(before.lemma)) return { hint: 'place', strength: 1 };
  return undefined;
}
