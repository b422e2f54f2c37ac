import { describe, expect, it } from 'vitest';
import { currentRoute, initialNavigation, navigationReducer, routeKey, type NavigationAction } from './use-navigation.ts';

const run = (actions: NavigationAction[]) => actions.reduce(navigationReducer, initialNavigation());

describe('navigationReducer', () => {
  it('starts on the overview', () => {
    expect(currentRoute(initialNavigation())).toEqual({ screen: 'overview' });
  });

  it('opens details on the current tab and goes back one at a time', () => {
    const opened = run([{ type: 'switchTab', tab: 'clusters' }, { type: 'open', route: { screen: 'cluster', id: 'c1' } }]);
    expect(currentRoute(opened)).toEqual({ screen: 'cluster', id: 'c1' });
    expect(currentRoute(navigationReducer(opened, { type: 'back' }))).toEqual({ screen: 'clusters' });
    expect(currentRoute(run([{ type: 'back' }]))).toEqual({ screen: 'overview' });
  });

  it('keeps each tab’s details while another tab is shown', () => {
    const state = run([
      { type: 'switchTab', tab: 'conflicts' },
      { type: 'open', route: { screen: 'conflict', id: 'x' } },
      { type: 'switchTab', tab: 'quotes' },
      { type: 'switchTab', tab: 'conflicts' },
    ]);
    expect(currentRoute(state)).toEqual({ screen: 'conflict', id: 'x' });
  });

  it('cycles through tabs both ways, wrapping around', () => {
    expect(run([{ type: 'cycleTab', delta: -1 }]).tab).toBe('timeline');
    expect(run([{ type: 'cycleTab', delta: 1 }, { type: 'cycleTab', delta: 1 }]).tab).toBe('conflicts');
  });

  it('closes the help with back before leaving a view, and on a tab switch', () => {
    const state = run([{ type: 'switchTab', tab: 'clusters' }, { type: 'open', route: { screen: 'cluster', id: 'c1' } }, { type: 'toggleHelp' }]);
    const closed = navigationReducer(state, { type: 'back' });
    expect(closed.isHelpOpen).toBe(false);
    expect(currentRoute(closed)).toEqual({ screen: 'cluster', id: 'c1' });
    expect(navigationReducer(state, { type: 'switchTab', tab: 'overview' }).isHelpOpen).toBe(false);
  });

  it('keys routes by screen and id', () => {
    expect(routeKey({ screen: 'article', id: 'a1' })).toBe('article:a1');
    expect(routeKey({ screen: 'timeline' })).toBe('timeline');
  });
});
