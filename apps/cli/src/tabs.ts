/** The top-level screens, in tab order; the number keys follow this order. */
export const TABS = [
  { id: 'overview', title: 'Overview' },
  { id: 'clusters', title: 'Clusters' },
  { id: 'conflicts', title: 'Conflicts' },
  { id: 'outlets', title: 'Outlets' },
  { id: 'quotes', title: 'Quotes' },
  { id: 'timeline', title: 'Timeline' },
] as const;

export type TabId = (typeof TABS)[number]['id'];

export const TAB_IDS: readonly TabId[] = TABS.map((tab) => tab.id);
