import type { Claim, ClaimCluster, Conflict, ConflictPosition } from '../model/index.ts';
import { sideKey, splitSource } from './conflict-draft.ts';
import type { DigestContext } from './context.ts';
import { sameSource } from './figure-context.ts';
import { timingNote } from './figure-positions.ts';
import { stanceOf } from './modality-conflicts.ts';
import { isTraceableFolded } from './provenance.ts';
import { numberWord } from './support-phrase.ts';

const MAX_SIDES = 4;
const DIGIT_RE = /\d/;
const END_RE = /[.!?]["'”’)]*$/;

/** A summary sentence that states a conflict, with the positions (and label claim) its words rest on. */
export interface ConflictLine {
  text: string;
  positions: ConflictPosition[];
  /** The claim whose wording the line quotes, for assertive and certainty conflicts. */
  labelClaimId?: string;
}

/**
 * A conflict stated as a conflict: every side with its outlets and the words they use, or who states
 * what others deny or hedge. Null when the conflict cannot be said with the sources' own words.
 *
 * @example
 * conflictLine(context, clusters, conflict)?.text;
 * // 'Outlets disagree on when it happened: Alpha News gives “on Sunday night”; Beacon Post gives “on Sunday”.'
 */
export function conflictLine(context: DigestContext, clusters: readonly ClaimCluster[], conflict: Conflict): ConflictLine | null {
  if (conflict.kind === 'numeric' || conflict.kind === 'temporal') {
    const sides = describeSides(context, conflict.positions);
    if (sides.length < 2) return null;
    const said = sides.map((side) => side.text).join('; ');
    const positions = sides.flatMap((side) => side.positions);
    const dimension = dimensionWord(conflict.dimension);
    if (conflict.kind === 'temporal') return { text: `Outlets disagree on when it happened: ${said}.`, positions };
    if (conflict.severity === 'minor') return { text: `Figures for one ${dimension} differ within rounding: ${said}.`, positions };
    const note = timingNote(context, differingClaims(context, positions), dimension.split(' ')[0] ?? '');
    return { text: `Outlets disagree on one ${dimension}: ${said}${note ? `; ${note}` : ''}.`, positions };
  }
  const cluster = clusters.find((c) => c.id === conflict.clusterId);
  if (!cluster) return null;
  const byStance = new Map<string, ConflictPosition[]>();
  for (const position of conflict.positions) {
    const claim = context.claimById.get(position.claimId);
    const stance = claim ? stanceOf(claim) : null;
    if (stance) byStance.set(stance, [...(byStance.get(stance) ?? []), position]);
  }
  const asserting = byStance.get('asserts') ?? [];
  const other = byStance.get(conflict.kind === 'assertive' ? 'negates' : 'hedges') ?? [];
  const [a, b] = [outletsOf(asserting), outletsOf(other)];
  const text =
    conflict.kind === 'assertive'
      ? `Outlets contradict each other: ${namesOf(context, a)} ${verb(a, 'states', 'state')} it, while ${namesOf(context, b)} ${verb(b, 'denies', 'deny')} it or ${verb(b, 'calls', 'call')} it unlikely: ${asSentence(cluster.label)}`
      : `Outlets differ in certainty: ${namesOf(context, a)} ${verb(a, 'states', 'state')} as fact what ${namesOf(context, b)} only ${verb(b, 'hedges', 'hedge')}: ${asSentence(cluster.label)}`;
  return { text, positions: [...asserting, ...other], labelClaimId: cluster.labelClaimId };
}

/**
 * `SaskNow gives “about 500 metres”` per distinct wording of a figure or time, the most carried first,
 * quoting only words the source holds, with the sources a figure is credited to (`Northern Chronicle
 * gives “magnitude 7.0” (source: national geophysics institute)`); each side keeps the
 * positions it stands for.
 */
function describeSides(context: DigestContext, positions: readonly ConflictPosition[]): Array<{ text: string; positions: ConflictPosition[] }> {
  const groups = new Map<string, { text: string; outlets: string[]; sources: string[]; positions: ConflictPosition[] }>();
  for (const position of positions) {
    const key = sideKey(position);
    const { figure, source } = splitSource(position.text, figureOf(context, position));
    const group = groups.get(key) ?? { text: figure, outlets: [], sources: [], positions: [] };
    if (!group.outlets.includes(position.outletId)) group.outlets.push(position.outletId);
    if (source && !group.sources.some((known) => sameSource(known, source))) group.sources.push(source);
    group.positions.push(position);
    groups.set(key, group);
  }
  const folded = [...context.folded.values()];
  return [...groups.values()]
    .sort((a, b) => b.outlets.length - a.outlets.length)
    .slice(0, MAX_SIDES)
    .map(({ text, outlets, sources, positions: held }) => {
      const quoted = isTraceableFolded(`“${text}”`, folded) ? `“${text}”` : 'a different figure';
      const credited = sources.length > 0 ? ` (${sources.length === 1 ? 'source' : 'sources'}: ${list(sources)})` : '';
      return { text: `${namesOf(context, outlets)} ${outlets.length === 1 ? 'gives' : 'give'} ${quoted}${credited}`, positions: held };
    });
}

/** The figure as written that a numeric position rests on, from its claim. */
function figureOf(context: DigestContext, position: ConflictPosition): string | undefined {
  const claim = context.claimById.get(position.claimId);
  return claim?.quantities.find((q) => position.text === q.text || position.text.startsWith(`${q.text} (`))?.text;
}

/** Claims of positions from different outlets that give different values. */
function differingClaims(context: DigestContext, positions: readonly ConflictPosition[]): Array<readonly [Claim, Claim]> {
  const pairs: Array<readonly [Claim, Claim]> = [];
  for (const [i, a] of positions.entries()) {
    for (const b of positions.slice(i + 1)) {
      const [ca, cb] = [context.claimById.get(a.claimId), context.claimById.get(b.claimId)];
      if (ca && cb && a.outletId !== b.outletId && a.value !== b.value) pairs.push([ca, cb]);
    }
  }
  return pairs;
}

/** Outlet names for a summary; names with digits in them are counted, not written, so that the only
 * digits in a summary are the sources' own. */
export function namesOf(context: DigestContext, outletIds: readonly string[]): string {
  const names = outletIds.map((id) => context.outletNames.get(id) ?? id);
  const plain = names.filter((name) => !DIGIT_RE.test(name));
  const others = names.length - plain.length;
  if (others > 0) plain.push(plain.length === 0 ? (others === 1 ? 'one outlet' : `${numberWord(others)} outlets`) : `${numberWord(others)} other outlet${others === 1 ? '' : 's'}`);
  return list(plain);
}

/** A label as a sentence: `Kim met Putin` -> `Kim met Putin.`; a closing mark is kept. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return END_RE.test(trimmed) ? trimmed : `${trimmed}.`;
}

function outletsOf(positions: readonly ConflictPosition[]): string[] {
  return [...new Set(positions.map((position) => position.outletId))];
}

/** `length (km)` -> `length`; a count with an outcome names it: `count (people, dead)` -> `count of people dead`. */
function dimensionWord(dimension: string | undefined): string {
  const [word = 'quantity', unit, outcome] = /^(\S+)(?: \(([^,)]*)(?:, ([^)]*))?\))?/.exec(dimension ?? '')?.slice(1) ?? [];
  return word === 'count' && unit && outcome ? `count of ${unit} ${outcome}` : word;
}

function verb(names: readonly string[], singular: string, plural: string): string {
  return names.length === 1 ? singular : plural;
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'an outlet';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
