import type { Entity, EntityType } from '../model/index.ts';
import { COUNTRY_ALIASES } from './countries.ts';
import { honorificGender } from './gender.ts';
import { keyOf, type Mention } from './mentions.ts';
import { mergeShortNames, type Group } from './merge-names.ts';

/** Entities of a corpus and the entity each mention key resolves to. */
export interface EntityIndex {
  entities: Entity[];
  /** Lookup key (see `lookupKey`: `kim jong un`, `howard#female`) -> entity id. */
  byKey: ReadonlyMap<string, string>;
  /** Entity id -> entity, so that claims look entities up in constant time. */
  byId?: ReadonlyMap<string, Entity>;
}

// A preposition alone (`in Google`) makes a place only when a quarter of the mentions show it.
const CONTEXT_SHARE = 4;
const HONORIFIC_PREFIX_RE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|M|Mme)\.?\s+/;


const TYPE_ORDER: readonly EntityType[] = ['country', 'place', 'organisation', 'person', 'other'];

/**
 * Resolve mentions from a whole corpus into entities: one key per spelling (`Kim Jong-un` and
 * `Kim Jong Un` share `kim jong un`), country aliases to the country, then a lone surname or first
 * name (`Mr Kim`, `Putin`) and initials (`KJU`, `NSC`) to the one longer name they fit.
 *
 * @example
 * resolveEntities(mentions).entities.find((e) => e.id === 'kim-jong-un')?.aliases; // ['KJU', 'Kim Jong-un', 'Mr Kim', …]
 */
export function resolveEntities(mentions: readonly Mention[]): EntityIndex {
  const groups = new Map<string, Group>();
  for (const mention of mentions) {
    const key = groupKey(mention);
    const group = groups.get(key) ?? { keys: new Set<string>(), mentions: [] };
    group.keys.add(lookupKey(mention.text));
    group.mentions.push(mention);
    groups.set(key, group);
  }
  mergeShortNames(groups, typeOf);
  const personWords = personNameWords(groups);
  const byKey = new Map<string, string>();
  const entities: Entity[] = [];
  const usedIds = new Set<string>();
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key);
    if (!group || !isWorthKeeping(group)) continue;
    const entity = toEntity(group, key.includes('#'), usedIds, personWords);
    entities.push(entity);
    for (const alias of group.keys) byKey.set(alias, entity.id);
  }
  entities.sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id));
  return { entities, byKey, byId: new Map(entities.map((entity) => [entity.id, entity])) };
}

/** `mrs howard` and `mr howard` are two people until a full name claims one of them. */
function groupKey(mention: Mention): string {
  const key = COUNTRY_ALIASES.get(mention.key)?.toLowerCase() ?? mention.key;
  return key === mention.key ? lookupKey(mention.text) : key;
}

/**
 * The key a written name is looked up by in `EntityIndex.byKey`: its spelling key, and for a lone
 * surname with a gendered honorific, that gender too (`Mrs Howard` -> `howard#female`).
 *
 * @example
 * lookupKey('Mr. Kim'); // 'kim#male'
 */
export function lookupKey(name: string): string {
  const honorific = HONORIFIC_PREFIX_RE.exec(name)?.[0].replace(/[.\s]+$/, '') ?? '';
  const key = keyOf(name.replace(HONORIFIC_PREFIX_RE, ''));
  const gender = honorificGender(honorific);
  return gender && !key.includes(' ') ? `${key}#${gender}` : key;
}

/**
 * Drop one-off sentence-initial words that only look like names (`Speculation`, `Notably`) and
 * title-cased heading words no body text repeats (`Tragic Demise`).
 */
function isWorthKeeping(group: Group): boolean {
  if (group.mentions.every((m) => m.isInHeading === true && m.strength < 2)) return false;
  if (group.mentions.some((m) => m.strength > 0 || !m.isSentenceStart || m.isSpeaker === true)) return true;
  return group.mentions.some((m) => m.key.includes(' '));
}

function toEntity(group: Group, isHonorificName: boolean, usedIds: Set<string>, personWords: ReadonlySet<string>): Entity {
  const type = speakerType(group, typeOf(group), personWords);
  // A surname no full name claimed keeps its honorific: `Mrs Howard`.
  const titled = group.mentions.filter((m) => HONORIFIC_PREFIX_RE.test(m.text));
  const name = isHonorificName ? mostFrequent((titled.length > 0 ? titled : group.mentions).map((m) => m.text)) : canonicalName(group, type);
  let id = slug(name);
  if (usedIds.has(id)) id = `${id}-${type}`;
  usedIds.add(id);
  const aliases = [...new Set(group.mentions.map((m) => m.text))].filter((alias) => alias !== name).sort();
  const roles = [...new Set(group.mentions.flatMap((m) => (m.role ? [m.role] : [])))].sort();
  const entity: Entity = { id, name, type, aliases, roles, mentionCount: group.mentions.length };
  const standsFor = group.mentions.find((m) => m.standsFor)?.standsFor;
  if (standsFor) entity.standsFor = slug(standsFor);
  return entity;
}

/**
 * The strongest hint wins; ties go to the more frequent, then to the order of TYPE_ORDER. A type
 * that rests on context alone (`in Google`) needs it in a good share of the mentions.
 */
function typeOf(group: Group): EntityType {
  const score = new Map<EntityType, number>();
  const strongest = new Map<EntityType, number>();
  const counts = new Map<EntityType, number>();
  for (const mention of group.mentions) {
    score.set(mention.hint, (score.get(mention.hint) ?? 0) + 1 + mention.strength * 10);
    strongest.set(mention.hint, Math.max(strongest.get(mention.hint) ?? 0, mention.strength));
    counts.set(mention.hint, (counts.get(mention.hint) ?? 0) + 1);
  }
  score.delete('other');
  const placeStrength = strongest.get('place') ?? 0;
  if (placeStrength < 2 && (counts.get('place') ?? 0) * CONTEXT_SHARE < group.mentions.length) score.delete('place');
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1] || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]));
  return ranked[0]?.[0] ?? 'other';
}

/**
 * `Sony said`, `Ofcom announced`: a one-word name that speaks, and that nothing else types, is an
 * organisation, unless it may be someone's name in the corpus: a person's first name or surname
 * (`Hughes said`), or the last word of a longer name nothing typed (`Kenenisa Bekele` / `Bekele said`).
 */
function speakerType(group: Group, type: EntityType, personWords: ReadonlySet<string>): EntityType {
  if (type !== 'other' || !group.mentions.some((m) => m.isSpeaker === true)) return type;
  const key = group.mentions[0]?.key ?? '';
  return key.includes(' ') || personWords.has(key) ? type : 'organisation';
}

/**
 * Words that may be a person's name: first and last words of names typed a person (`wes moore`,
 * `howard#female`), last words of longer names typed nothing.
 */
function personNameWords(groups: ReadonlyMap<string, Group>): Set<string> {
  const words = new Set<string>();
  for (const [key, group] of groups) {
    const type = typeOf(group);
    const parts = (key.split('#')[0] ?? key).split(' ');
    if (type === 'person') words.add(parts[0] ?? '');
    if (type === 'person' || (type === 'other' && parts.length > 1)) words.add(parts.at(-1) ?? '');
  }
  return words;
}

/** The most frequent spelling among the longest names, honorifics dropped; a country's common name. */
function canonicalName(group: Group, type: EntityType): string {
  if (type === 'country') {
    const country = COUNTRY_ALIASES.get(group.mentions[0]?.key ?? '');
    if (country) return country;
  }
  const counts = new Map<string, number>();
  for (const mention of group.mentions) {
    const bare = mention.text.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|M|Mme)\.?\s+/, '');
    counts.set(bare, (counts.get(bare) ?? 0) + 1);
  }
  const words = (name: string): number => name.split(/[\s-]+/).length;
  return [...counts.entries()].sort(
    (a, b) => words(b[0]) - words(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]),
  )[0]?.[0] ?? '';
}

function mostFrequent(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/** `Kim Jong Un` -> `kim-jong-un`. */
export function slug(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
