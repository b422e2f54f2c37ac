import type { EntityType } from '../model/index.ts';
import { givenNameGender, type Gender } from './gender.ts';
import type { Mention } from './mentions.ts';

/** Mentions that share one spelling key, on their way to becoming one entity. */
export interface Group {
  keys: Set<string>;
  mentions: Mention[];
}

const ACRONYM_RE = /^[a-z]{2,6}$/;
const STOP_INITIAL = new Set(['of', 'for', 'the', 'and']);
const ROYAL_RE = /\b(?:King|Queen|Prince|Princess|Pope|Duke|Duchess|Emperor|Empress|Sultan|Emir)\b/;

interface Candidate {
  key: string;
  group: Group;
  /** The given name's gender, which a surname match must not contradict (`Mrs Howard`, `Michael Howard`). */
  givenGender?: Gender;
}

/**
 * Merge each lone name into the one longer name it belongs to: a surname or first name (`Mr Kim`,
 * `Howard`) into a person with real evidence of being a person, initials (`KJU`, `ECB`) into the
 * name they abbreviate. A honorific's gender must fit (`Mrs Howard` never joins `Michael Howard`);
 * where several people share the name, the one named beside it in the most articles wins, and a tie
 * merges nothing.
 *
 * @example
 * mergeShortNames(groups, typeOf); // groups.get('kim jong un')?.keys has 'kim'
 */
export function mergeShortNames(groups: Map<string, Group>, typeOf: (group: Group) => EntityType): void {
  const byPart = indexLongNames(groups, typeOf);
  for (const [key, group] of [...groups.entries()]) {
    if (key.includes(' ') || isFirmlyPlace(group, typeOf)) continue;
    const base = key.split('#')[0] ?? key;
    const gender = groupGender(group);
    const initials = ACRONYM_RE.test(base) && base.length >= 3 ? (byPart.get(`initials:${base}`) ?? []) : [];
    const bySurname = (byPart.get(`last:${base}`) ?? []).filter((c) => fits(c, gender));
    // A first name (`Paula`, `Prince Harry`, `Balco`) joins only a full name beside it in some article.
    const byFirst = isRoyal(group) ? [] : (byPart.get(`first:${base}`) ?? []).filter((c) => sharesArticle(c, group));
    // `Mr Hughes, 54, … Hughes said`: a bare surname joins the titled one beside it.
    const isBare = !key.includes('#') && bySurname.length === 0 && byFirst.length === 0;
    const titled = isBare ? honorificGroups(groups, base).filter((c) => sharesArticle(c, group)) : [];
    const candidates = [...new Set([...bySurname, ...byFirst, ...initials, ...titled])].filter((c) => groups.has(c.key));
    const target = choose(candidates, group);
    if (!target) continue;
    for (const alias of group.keys) target.group.keys.add(alias);
    target.group.mentions.push(...group.mentions);
    groups.delete(key);
  }
}

/** Index the longer names once by their first and last words and by their initials. */
function indexLongNames(groups: Map<string, Group>, typeOf: (group: Group) => EntityType): Map<string, Candidate[]> {
  const byPart = new Map<string, Candidate[]>();
  const add = (part: string, candidate: Candidate): void => {
    const list = byPart.get(part) ?? [];
    list.push(candidate);
    byPart.set(part, list);
  };
  for (const [key, group] of groups) {
    if (!key.includes(' ')) continue;
    const type = typeOf(group);
    if (type === 'country') continue;
    const words = key.split(' ');
    const candidate: Candidate = { key, group };
    const first = group.mentions[0]?.text.split(/\s+/).find((word) => !/\.$/.test(word)) ?? '';
    const givenGender = groupGender(group) ?? givenNameGender(first);
    if (givenGender) candidate.givenGender = givenGender;
    // Only a name with real evidence of a person (a title, a role, a given name, a speech verb) takes surnames.
    if (type === 'person' && group.mentions.some((m) => m.hint === 'person' && m.strength > 0)) {
      add(`first:${words[0] ?? ''}`, candidate);
      add(`last:${words.at(-1) ?? ''}`, candidate);
    }
    add(`initials:${words.filter((w) => !STOP_INITIAL.has(w)).map((w) => w[0]).join('')}`, candidate);
  }
  return byPart;
}

/** Groups of a surname under a gendered honorific: `hughes#male`, `howard#female`. */
function honorificGroups(groups: ReadonlyMap<string, Group>, base: string): Candidate[] {
  return (['male', 'female'] as const).flatMap((gender) => {
    const key = `${base}#${gender}`;
    const group = groups.get(key);
    return group ? [{ key, group }] : [];
  });
}

/** A surname's honorific must agree with the long name's gender (`Mrs Howard`, `Michael Howard`). */
function fits(candidate: Candidate, gender: Gender | undefined): boolean {
  return !gender || !candidate.givenGender || candidate.givenGender === gender;
}

/** `Prince Harry`, `Pope Francis`: a first name under a royal or papal title is a name of its own. */
function isRoyal(group: Group): boolean {
  return group.mentions.some((m) => ROYAL_RE.test(m.role ?? ''));
}

function sharesArticle(candidate: Candidate, group: Group): boolean {
  const articles = new Set(group.mentions.map((m) => m.articleId));
  return candidate.group.mentions.some((m) => articles.has(m.articleId));
}

/** A country, or a place by gazetteer: never a short form of a person's name. */
function isFirmlyPlace(group: Group, typeOf: (group: Group) => EntityType): boolean {
  const type = typeOf(group);
  return type === 'country' || (type === 'place' && group.mentions.some((m) => m.hint === 'place' && m.strength >= 2));
}

/** The one candidate, else the one named in the most of the group's articles; a tie chooses none. */
function choose(candidates: readonly Candidate[], group: Group): Candidate | undefined {
  if (candidates.length <= 1) return candidates[0];
  const articles = new Set(group.mentions.map((m) => m.articleId));
  const scored = candidates
    .map((c) => ({ c, shared: new Set(c.group.mentions.filter((m) => articles.has(m.articleId)).map((m) => m.articleId)).size }))
    .sort((a, b) => b.shared - a.shared || a.c.key.localeCompare(b.c.key));
  const [best, second] = scored;
  return best && best.shared > 0 && best.shared > (second?.shared ?? 0) ? best.c : undefined;
}

/** The gender the group's honorifics and roles state, when they agree. */
function groupGender(group: Group): Gender | undefined {
  const genders = new Set(group.mentions.flatMap((m) => (m.gender ? [m.gender] : [])));
  return genders.size === 1 ? [...genders][0] : undefined;
}
