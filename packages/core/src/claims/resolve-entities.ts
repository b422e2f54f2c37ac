import type { Entity, EntityType } from '../model/index.ts';
import { COUNTRY_ALIASES } from './countries.ts';
import type { Mention } from './mentions.ts';

/** Entities of a corpus and the entity each mention key resolves to. */
export interface EntityIndex {
  entities: Entity[];
  /** Mention key -> entity id. */
  byKey: ReadonlyMap<string, string>;
}

interface Group {
  keys: Set<string>;
  mentions: Mention[];
}

const TYPE_ORDER: readonly EntityType[] = ['country', 'place', 'organisation', 'person', 'other'];
const ACRONYM_RE = /^[a-z]{2,6}$/;
const STOP_INITIAL = new Set(['of', 'for', 'the', 'and']);

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
    const key = canonicalKey(mention.key);
    const group = groups.get(key) ?? { keys: new Set<string>(), mentions: [] };
    group.keys.add(mention.key);
    group.mentions.push(mention);
    groups.set(key, group);
  }
  mergeShortNames(groups);
  const byKey = new Map<string, string>();
  const entities: Entity[] = [];
  const usedIds = new Set<string>();
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key);
    if (!group || !isWorthKeeping(group)) continue;
    const entity = toEntity(group, usedIds);
    entities.push(entity);
    for (const alias of group.keys) byKey.set(alias, entity.id);
  }
  return { entities: entities.sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id)), byKey };
}

function canonicalKey(key: string): string {
  return COUNTRY_ALIASES.get(key)?.toLowerCase() ?? key;
}

/** `kim` -> `kim jong un` and `kju` -> `kim jong un` when one longer name fits (else the most mentioned). */
function mergeShortNames(groups: Map<string, Group>): void {
  // Index the longer names once by their first and last words and by their initials.
  const byPart = new Map<string, Array<[string, Group]>>();
  const add = (part: string, entry: [string, Group]): void => {
    const list = byPart.get(part) ?? [];
    list.push(entry);
    byPart.set(part, list);
  };
  for (const [key, group] of groups) {
    if (!key.includes(' ')) continue;
    const type = typeOf(group);
    if (type === 'country') continue;
    const words = key.split(' ');
    // Only a name with real evidence of a person (a title, a role, a speech verb) takes surnames.
    if (type === 'person' && group.mentions.some((m) => m.hint === 'person' && m.strength > 0)) {
      add(`name:${words[0] ?? ''}`, [key, group]);
      add(`name:${words.at(-1) ?? ''}`, [key, group]);
    }
    add(`initials:${words.filter((w) => !STOP_INITIAL.has(w)).map((w) => w[0]).join('')}`, [key, group]);
  }
  for (const [key, group] of [...groups.entries()]) {
    if (key.includes(' ')) continue;
    const type = typeOf(group);
    if (type === 'country' || type === 'place') continue;
    const initials = ACRONYM_RE.test(key) && key.length >= 3 ? (byPart.get(`initials:${key}`) ?? []) : [];
    const fits = [...new Set([...(byPart.get(`name:${key}`) ?? []), ...initials])].filter(([longKey]) => groups.has(longKey));
    const target = fits.sort((a, b) => b[1].mentions.length - a[1].mentions.length || a[0].localeCompare(b[0]))[0];
    if (!target) continue;
    for (const alias of group.keys) target[1].keys.add(alias);
    target[1].mentions.push(...group.mentions);
    groups.delete(key);
  }
}

/** Drop one-off sentence-initial words that only look like names (`Speculation`, `Notably`). */
function isWorthKeeping(group: Group): boolean {
  if (group.mentions.some((m) => m.strength > 0 || !m.isSentenceStart)) return true;
  return group.mentions.some((m) => m.key.includes(' '));
}

function toEntity(group: Group, usedIds: Set<string>): Entity {
  const type = typeOf(group);
  const name = canonicalName(group, type);
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

/** The strongest hint wins; ties go to the more frequent, then to the order of TYPE_ORDER. */
function typeOf(group: Group): EntityType {
  const score = new Map<EntityType, number>();
  for (const mention of group.mentions) {
    score.set(mention.hint, (score.get(mention.hint) ?? 0) + 1 + mention.strength * 10);
  }
  score.delete('other');
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1] || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]));
  return ranked[0]?.[0] ?? 'other';
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

/** `Kim Jong Un` -> `kim-jong-un`. */
export function slug(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
