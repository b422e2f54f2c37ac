import { createContext, useContext } from 'react';

/** The content area a screen may draw in, and whether its keys are live (not under the help). */
export interface Layout {
  width: number;
  height: number;
  isActive: boolean;
}

export const LayoutContext = createContext<Layout>({ width: 100, height: 20, isActive: true });

export function useLayout(): Layout {
  return useContext(LayoutContext);
}
