import type { Route } from '../hooks/use-navigation.ts';

/** What every screen may do besides drawing: open another view. */
export interface ScreenProps {
  onOpen(route: Route): void;
}
