import { useReducer, type Dispatch } from 'react';
import { TAB_IDS, type TabId } from '../tabs.ts';

/** A view: a tab's own screen, or a detail opened from it. */
export type Route =
  | { screen: TabId }
  | { screen: 'cluster' | 'conflict' | 'article' | 'quote' | 'event'; id: string }
  /** The receipts of one digest summary line; `id` is its index in `summaryLines`. */
  | { screen: 'line'; id: string };

export interface NavigationState {
  tab: TabId;
  /** Details opened in each tab: switching tabs and back returns to where you were. */
  stacks: Record<TabId, Route[]>;
  isHelpOpen: boolean;
}

export type NavigationAction =
  | { type: 'switchTab'; tab: TabId }
  | { type: 'cycleTab'; delta: 1 | -1 }
  | { type: 'open'; route: Route }
  | { type: 'back' }
  | { type: 'toggleHelp' };

export function initialNavigation(tab: TabId = 'overview'): NavigationState {
  const stacks = Object.fromEntries(TAB_IDS.map((id) => [id, []])) as unknown as Record<TabId, Route[]>;
  return { tab, stacks, isHelpOpen: false };
}

export function navigationReducer(state: NavigationState, action: NavigationAction): NavigationState {
  switch (action.type) {
    case 'switchTab':
      return { ...state, tab: action.tab, isHelpOpen: false };
    case 'cycleTab': {
      const index = (TAB_IDS.indexOf(state.tab) + action.delta + TAB_IDS.length) % TAB_IDS.length;
      return { ...state, tab: TAB_IDS[index] ?? state.tab, isHelpOpen: false };
    }
    case 'open':
      return { ...state, stacks: { ...state.stacks, [state.tab]: [...state.stacks[state.tab], action.route] } };
    case 'back':
      if (state.isHelpOpen) return { ...state, isHelpOpen: false };
      return { ...state, stacks: { ...state.stacks, [state.tab]: state.stacks[state.tab].slice(0, -1) } };
    case 'toggleHelp':
      return { ...state, isHelpOpen: !state.isHelpOpen };
  }
}

/** The view on screen now. */
export function currentRoute(state: NavigationState): Route {
  return state.stacks[state.tab].at(-1) ?? { screen: state.tab };
}

/** A stable key for a route: view memory and error boundaries are kept per view. */
export function routeKey(route: Route): string {
  return 'id' in route ? `${route.screen}:${route.id}` : route.screen;
}

export function useNavigation(initialTab?: TabId): [NavigationState, Dispatch<NavigationAction>] {
  return useReducer(navigationReducer, initialTab, initialNavigation);
}
