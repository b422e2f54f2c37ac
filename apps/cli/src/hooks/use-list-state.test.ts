import { describe, expect, it } from 'vitest';
import { cursorIn, INITIAL_LIST_STATE, listReducer, type ListAction, type ListState } from './use-list-state.ts';

const run = (actions: ListAction[], from: ListState = INITIAL_LIST_STATE) => actions.reduce(listReducer, from);

describe('listReducer', () => {
  it.each([
    [[{ type: 'move', delta: 1, count: 3 }], 1],
    [[{ type: 'move', delta: -1, count: 3 }], 0],
    [[{ type: 'move', delta: 10, count: 3 }], 2],
    [[{ type: 'jump', to: 'bottom', count: 5 }], 4],
    [[{ type: 'jump', to: 'bottom', count: 5 }, { type: 'jump', to: 'top', count: 5 }], 0],
    [[{ type: 'move', delta: 1, count: 0 }], 0],
  ] as [ListAction[], number][])('%j -> cursor %i', (actions, cursor) => {
    expect(run(actions).cursor).toBe(cursor);
  });

  it('moves from inside the rows that match now, even after they shrank', () => {
    expect(run([{ type: 'move', delta: -1, count: 3 }], { ...INITIAL_LIST_STATE, cursor: 9 }).cursor).toBe(1);
  });

  it('types, erases, keeps and clears a filter, resetting the cursor', () => {
    const typed = run([{ type: 'move', delta: 2, count: 5 }, { type: 'startFilter' }, { type: 'type', text: 'pes' }, { type: 'type', text: 'kx' }, { type: 'erase' }]);
    expect(typed).toEqual({ cursor: 0, filter: 'pesk', isFiltering: true });
    expect(listReducer(typed, { type: 'acceptFilter' })).toEqual({ cursor: 0, filter: 'pesk', isFiltering: false });
    expect(listReducer(typed, { type: 'clearFilter' })).toEqual(INITIAL_LIST_STATE);
  });

  it('erases whole characters, not halves of a surrogate pair', () => {
    expect(run([{ type: 'type', text: 'a😀' }, { type: 'erase' }]).filter).toBe('a');
  });

  it('clamps the cursor to the rows shown', () => {
    expect(cursorIn({ ...INITIAL_LIST_STATE, cursor: 7 }, 3)).toBe(2);
    expect(cursorIn({ ...INITIAL_LIST_STATE, cursor: 7 }, 0)).toBe(0);
  });
});
