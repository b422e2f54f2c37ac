import { describe, expect, it } from 'vitest';
import { entriesReducer, type EntriesGeometry, type EntriesState } from './use-entries-state.ts';

// Twenty lines shown five at a time: entries on lines 2–3, 4, 9–10 and 12; text below them to line 19.
const geometry: EntriesGeometry = { entries: [{ start: 2, end: 4 }, { start: 4, end: 5 }, { start: 9, end: 11 }, { start: 12, end: 13 }], body: 5, max: 15 };
const at = (cursor: number, offset: number): EntriesState => ({ cursor, offset });
type Step = { type: 'move'; delta: 1 | -1 } | { type: 'page'; delta: 1 | -1 } | { type: 'jump'; to: 'top' | 'bottom' };

describe('entriesReducer', () => {
  const cases: Array<[string, EntriesState, Step, EntriesState]> = [
    ['down selects the next entry, the view still', at(0, 0), { type: 'move', delta: 1 }, at(1, 0)],
    ['down to an entry below the view scrolls just enough to show it', at(1, 0), { type: 'move', delta: 1 }, at(2, 6)],
    ['up to an entry above the view scrolls up to its top', at(2, 6), { type: 'move', delta: -1 }, at(1, 4)],
    ['down past the last entry scrolls on', at(3, 8), { type: 'move', delta: 1 }, at(3, 9)],
    ['up before the first entry scrolls up to the title', at(0, 2), { type: 'move', delta: -1 }, at(0, 1)],
    ['a selection out of sight comes back before moving', at(3, 15), { type: 'move', delta: -1 }, at(3, 12)],
    ['a page down selects the first entry in the new view', at(0, 0), { type: 'page', delta: 1 }, at(1, 4)],
    ['a page up does too', at(3, 12), { type: 'page', delta: -1 }, at(2, 8)],
    ['a page with no entry in view keeps the selection', at(3, 12), { type: 'page', delta: 1 }, at(3, 15)],
    ['bottom selects the last entry in view', at(0, 0), { type: 'jump', to: 'bottom' }, at(3, 15)],
    ['top goes back to the start', at(3, 15), { type: 'jump', to: 'top' }, at(0, 0)],
  ];
  it.each(cases)('%s', (_name, state, action, expected) => {
    expect(entriesReducer(state, { ...action, geometry })).toEqual(expected);
  });

  it('scrolls like a reading view when there are no entries', () => {
    const empty = { ...geometry, entries: [] };
    expect(entriesReducer(at(0, 3), { type: 'move', delta: 1, geometry: empty })).toEqual(at(0, 4));
    expect(entriesReducer(at(0, 15), { type: 'move', delta: 1, geometry: empty })).toEqual(at(0, 15));
  });
});
