import { describe, expect, it } from 'vitest';
import { scrollReducer } from './use-scroll-state.ts';

describe('scrollReducer', () => {
  it.each([
    [0, { type: 'by', delta: 1, max: 10 }, 1],
    [0, { type: 'by', delta: -1, max: 10 }, 0],
    [8, { type: 'by', delta: 5, max: 10 }, 10],
    [3, { type: 'to', where: 'bottom', max: 10 }, 10],
    [3, { type: 'to', where: 'top', max: 10 }, 0],
    // The view grew (a wider terminal): scrolling starts from the new last offset.
    [20, { type: 'by', delta: -1, max: 10 }, 9],
  ] as const)('%i + %j -> %i', (offset, action, expected) => {
    expect(scrollReducer(offset, action)).toBe(expected);
  });
});
