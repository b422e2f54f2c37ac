import type { Attribution } from '../model/index.ts';
import { COUNTRY_NAMES } from './countries.ts';
import { describe } from './noun-phrase.ts';
import type { SpeechCue } from './speech-cues.ts';

// General knowledge of the news trade: wire services and words that name a kind of source.
const AGENCY_RE =
  /\b(?:Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|Xinhua|TASS|Interfax|RIA Novosti|Yonhap|Kyodo|KCNA|PA Media|Press Association|ANSA|EFE|dpa|UPI|news agency|wire service)\b/i;
const OUTLET_RE =
  /\b(?:newspaper|broadcaster|magazine|tabloid|channel|television|TV|radio|website|outlet|media|Times|Post|Journal|Guardian|Telegraph|Herald|Tribune|Gazette|Daily|News|BBC|CNN|CBS|NBC|ABC|Fox|Sky|Al Jazeera|Ilbo|Shimbun)\b/;
const UNNAMED_RE = /\b(?:sources?|insiders?|people (?:familiar|close|with knowledge)|a person|someone|unnamed|anonymous|officials? who)\b/i;
const ANALYST_RE = /\b(?:analysts?|experts?|observers?|economists?|scholars?|researchers?|commentators?|academics?|specialists?|think tank)\b/i;
const OFFICIAL_RE =
  /\b(?:officials?|spokes(?:man|woman|person)|minister|ministers|president|secretary|ambassador|adviser|advisor|envoy|diplomats?|governor|mayor|senator|general|commander|chief|prime minister|chancellor|police|prosecutors?|authorities)\b/i;
const GOVERNMENT_RE =
  /\b(?:government|ministry|department|administration|White House|Kremlin|Pentagon|State Department|Downing Street|Elysee|Élysée|cabinet|presidential office|parliament|congress|council|national security)\b/i;
const ORGANISATION_RE =
  /\b(?:company|firm|group|bank|university|institute|endowment|foundation|association|union|club|party|agency|organi[sz]ation|commission|committee|court|league|federation|corporation|Inc|Ltd|plc)\b/i;

/**
 * Who the outlet credits for a claim, from the speech cue nearest to it: a wire agency, another
 * outlet, an official, analysts, unnamed sources, a government body, an organisation or a person.
 *
 * @example
 * toAttribution(cue); // { source: 'Dmitry Peskov', kind: 'official', text: 'said Kremlin spokesman Dmitry Peskov' }
 */
export function toAttribution(cue: SpeechCue, resolvedSpeaker?: string | null): Attribution {
  const phrase = cue.speaker;
  const source = resolvedSpeaker ?? (phrase.name ? phrase.name : describe(phrase));
  return { source, kind: kindOf(phrase.text, phrase.role, phrase.name), text: cue.text };
}

/**
 * The kind of source a cue names, from its words alone.
 *
 * @example
 * attributionKind('according to Russian news agency TASS'); // 'agency'
 */
export function attributionKind(text: string): Attribution['kind'] {
  const name = /\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*\s*$/u.exec(text)?.[0]?.trim();
  return kindOf(text, undefined, name);
}

function kindOf(text: string, role: string | undefined, name: string | undefined): Attribution['kind'] {
  const described = `${role ?? ''} ${text}`;
  if (AGENCY_RE.test(described)) return 'agency';
  if (UNNAMED_RE.test(described) && !name) return 'unnamed';
  if (ANALYST_RE.test(described)) return 'analyst';
  if (OUTLET_RE.test(described)) return 'outlet';
  if (OFFICIAL_RE.test(described)) return 'official';
  if (GOVERNMENT_RE.test(described) || (name && COUNTRY_NAMES.has(name.toLowerCase()))) return 'government';
  if (ORGANISATION_RE.test(described)) return 'organisation';
  return name ? 'person' : 'unnamed';
}
