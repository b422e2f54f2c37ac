import type { Dispatch } from 'react';
import { useRememberedReducer } from './use-remembered-reducer.ts';

/** Lines `start` (inclusive) to `end` (exclusive) of a reading view that can be selected and opened. */
export interface EntrySpan {
  start: number;
  end: number;
}

export interface EntriesState {
  /** The selected entry. */
  cursor: number;
  /** The first line shown. */
  offset: number;
}

/** What the reducer needs to know about the view: its entries, the rows for text, the last offset. */
export interface EntriesGeometry {
  entries: readonly EntrySpan[];
  body: number;
  max: number;
}

export type EntriesAction =
  | { type: 'move'; delta: 1 | -1; geometry: EntriesGeometry }
  | { type: 'page'; delta: 1 | -1; geometry: EntriesGeometry }
  | { type: 'jump'; to: 'top' | 'bottom'; geometry: EntriesGeometry };

export const INITIAL_ENTRIES_STATE: EntriesState = { cursor: 0, offset: 0 };

/**
 * A reading view whose entries can be selected: ↑↓ go from entry to entry and the view follows; past
 * the last entry ↓ scrolls on (to the text below it), before the first ↑ scrolls up (to the title).
 * A page moves the view and selects the first entry in it.
 *
 * @example
 * entriesReducer({ cursor: 0, offset: 0 }, { type: 'move', delta: 1, geometry }); // { cursor: 1, offset: … }
 */
export function entriesReducer(state: EntriesState, action: EntriesAction): EntriesState {
  const { entries, body, max } = action.geometry;
  const cursor = Math.min(state.cursor, Math.max(0, entries.length - 1));
  const offset = clamp(state.offset, max);
  const current = entries[cursor];
  switch (action.type) {
    case 'move': {
      if (!current) return { cursor, offset: clamp(offset + action.delta, max) };
      // A selection scrolled out of sight comes back before the cursor moves on.
      if (!isVisible(current, offset, body)) return { cursor, offset: reveal(offset, current, body, max) };
      const next = entries[cursor + action.delta];
      if (!next) return { cursor, offset: clamp(offset + action.delta, max) };
      return { cursor: cursor + action.delta, offset: reveal(offset, next, body, max) };
    }
    case 'page': {
      const moved = clamp(offset + action.delta * Math.max(1, body - 1), max);
      const shown = entries.findIndex((entry) => isVisible(entry, moved, body));
      return { cursor: shown >= 0 ? shown : cursor, offset: moved };
    }
    case 'jump': {
      if (action.to === 'top') return { cursor: 0, offset: 0 };
      const shown = entries.findLastIndex((entry) => isVisible(entry, max, body));
      return { cursor: shown >= 0 ? shown : Math.max(0, entries.length - 1), offset: max };
    }
  }
}

/** The entries state of one view, remembered under `key` while the user looks elsewhere. */
export function useEntriesState(key: string): [EntriesState, Dispatch<EntriesAction>] {
  return useRememberedReducer(`entries:${key}`, entriesReducer, INITIAL_ENTRIES_STATE);
}

/** The least scroll that shows all of `entry` (its top, where it is taller than the view). */
function reveal(offset: number, entry: EntrySpan, body: number, max: number): number {
  if (entry.start < offset) return clamp(entry.start, max);
  if (entry.end > offset + body) return clamp(Math.min(entry.start, entry.end - body), max);
  return offset;
}

function isVisible(entry: EntrySpan, offset: number, body: number): boolean {
  return entry.start >= offset && entry.end <= offset + body;
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max));
}
