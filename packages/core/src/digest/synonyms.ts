import { stem } from './text.ts';

// Common newswire paraphrases: each line is one sense that outlets word differently. General English,
// chosen for how reporters restate each other's facts (verbs of finding, dying, striking, telling…);
// a word with several everyday senses appears only where the news sense dominates.
const GROUPS = `
find found discover locate detect spot uncover
kill dead death die perish demise fatal deceased lifeless
destroy wreck demolish flatten raze
crash collide collision ram smash slam
piece fragment chunk
large big major significant huge massive substantial sizable
small minor little slight
ship vessel boat freighter craft
car vehicle automobile
notify inform alert
warn caution
meet meeting summit talks
visit trip journey voyage tour travel
start begin launch commence
stop halt suspend pause
rescue save
missing lost unaccounted
search hunt
weapon arm armament munition ammunition
fear concern worry
help aid assist support
buy purchase acquire
sell supply provide deliver
increase rise raise grow climb surge jump
decrease fall drop decline shrink plunge slump
arrest detain
accuse allege
injure hurt wound
quake earthquake tremor
storm hurricane cyclone typhoon
official authority
confirm verify
reveal disclose
explosion blast
leave depart exit
arrive reach
agree accept
refuse reject
`;

const CANONICAL = new Map<string, string>();
for (const line of GROUPS.trim().split('\n')) {
  const [head, ...rest] = line.trim().split(/\s+/);
  if (!head) continue;
  for (const word of [head, ...rest]) if (!CANONICAL.has(stem(word))) CANONICAL.set(stem(word), stem(head));
}

/**
 * The stem standing for a stem's sense when outlets use several words for it:
 * `discov` -> `find`, `fragment` -> `piec`; any other stem is itself.
 *
 * @example
 * senseOf(stem('discovered')); // stem('find')
 */
export function senseOf(stemmed: string): string {
  return CANONICAL.get(stemmed) ?? stemmed;
}
