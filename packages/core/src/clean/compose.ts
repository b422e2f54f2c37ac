import type { Edit } from '../model/index.ts';
import { applyEdits, locateEdits, type Repair } from './edits.ts';

/** The original body, the text after the edits so far, and those edits in original coordinates. */
export interface CleanState {
  original: string;
  text: string;
  edits: Edit[];
}

interface Member {
  start: number;
  end: number;
  existing?: Edit;
  repair?: Repair;
}

/**
 * Fold one pass's repairs (offsets into `state.text`) into edits on the original. A repair that
 * touches an earlier edit merges with it, so edits stay non-overlapping and exact.
 * `'mееt'` (homoglyph) then a chrome repair deleting its line -> one chrome edit over the line.
 */
export function composeRepairs(state: CleanState, repairs: readonly Repair[]): CleanState {
  const fresh = nonOverlapping(repairs.filter((r) => state.text.slice(r.start, r.end) !== r.after));
  if (fresh.length === 0) return state;
  const members = [
    ...state.edits.map((edit): Member => ({ start: edit.cleanStart, end: edit.cleanEnd, existing: edit })),
    ...fresh.map((repair): Member => ({ start: repair.start, end: repair.end, repair })),
  ].sort(byCleanSpan);
  const edits: Edit[] = [];
  let shift = 0; // original offset minus clean offset, over the existing edits passed so far
  for (const group of groupTouching(members)) {
    const edit = mergeGroup(state, group, shift);
    for (const member of group) if (member.existing) shift += member.existing.before.length - member.existing.after.length;
    if (edit) edits.push(edit);
  }
  const located = locateEdits(edits);
  return { original: state.original, text: applyEdits(state.original, located), edits: located };
}

/** Clean order; at one point existing edits first, in original order (deletions share clean points). */
function byCleanSpan(a: Member, b: Member): number {
  if (a.start !== b.start || a.end !== b.end) return a.start - b.start || a.end - b.end;
  if (a.existing && b.existing) return a.existing.start - b.existing.start;
  return a.existing ? -1 : b.existing ? 1 : 0;
}

/** Sorted repairs, dropping any that overlap an earlier one (a pass should never propose those). */
function nonOverlapping(repairs: readonly Repair[]): Repair[] {
  const sorted = [...repairs].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Repair[] = [];
  let end = -1;
  for (const repair of sorted) {
    const last = kept[kept.length - 1];
    const twoInsertions = last !== undefined && last.start === last.end && repair.start === repair.end && repair.start === last.start;
    if (repair.start < end || twoInsertions) continue;
    kept.push(repair);
    end = repair.end;
  }
  return kept;
}

/**
 * Members that overlap form one group, and so do empty members at one point when one is new: an
 * insertion where an earlier deletion was could sit on either side of the deleted text.
 */
function groupTouching(members: Member[]): Member[][] {
  const groups: Member[][] = [];
  let current: Member[] = [];
  let end = -1;
  for (const member of members) {
    const empty = member.start === member.end;
    const emptyPeer = current.some((m) => m.start === m.end && m.start === member.start && (m.repair || member.repair));
    const joins = current.length > 0 && (member.start < end || (empty && emptyPeer));
    if (!joins && current.length > 0) {
      groups.push(current);
      current = [];
    }
    if (current.length === 0) end = member.end;
    current.push(member);
    end = Math.max(end, member.end);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function mergeGroup(state: CleanState, group: Member[], shift: number): Edit | undefined {
  const [only] = group;
  if (group.length === 1 && only?.existing) return only.existing;
  const a = Math.min(...group.map((m) => m.start));
  const b = Math.max(...group.map((m) => m.end));
  const start = a + shift;
  const end = start + (b - a) + group.reduce((sum, m) => sum + (m.existing ? m.existing.before.length - m.existing.after.length : 0), 0);
  let after = '';
  let at = a;
  for (const member of group) {
    if (!member.repair) continue;
    after += state.text.slice(at, member.repair.start) + member.repair.after;
    at = member.repair.end;
  }
  after += state.text.slice(at, b);
  const before = state.original.slice(start, end);
  if (before === after) return undefined;
  const lead = leadOf(group);
  const edit: Edit = {
    kind: lead.kind,
    rule: lead.rule,
    start,
    end,
    before,
    after,
    cleanStart: 0,
    cleanEnd: 0,
    confidence: Math.min(...group.map((m) => (m.existing ?? m.repair)?.confidence ?? 1)),
  };
  if (lead.evidence) edit.evidence = lead.evidence;
  return edit;
}

/** The member that names a merged edit: the one that replaced the most text; the later pass on ties. */
function leadOf(group: Member[]): Repair | Edit {
  let lead: Repair | Edit | undefined;
  let weight = -1;
  for (const member of group) {
    const size = member.existing ? member.existing.before.length : member.end - member.start;
    const candidate = member.existing ?? member.repair;
    if (candidate && (size > weight || (size === weight && member.repair))) {
      lead = candidate;
      weight = size;
    }
  }
  if (!lead) throw new Error('an edit group is never empty');
  return lead;
}
