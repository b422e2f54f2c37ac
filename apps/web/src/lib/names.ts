/** Outlet display names by id; plain data so client components can take it as a prop. */
export type OutletNames = Readonly<Record<string, string>>;

/**
 * Index outlets by id.
 *
 * @example
 * outletNamesOf([{ id: 'wire-desk', name: 'Wire Desk' }])['wire-desk'] // 'Wire Desk'
 */
export function outletNamesOf(outlets: readonly { id: string; name: string }[]): OutletNames {
  return Object.fromEntries(outlets.map((outlet) => [outlet.id, outlet.name]));
}

/**
 * An outlet's name, or its id when the digest does not name it.
 *
 * @example
 * nameOf({ a: 'Wire Desk' }, 'b') // 'b'
 */
export function nameOf(names: OutletNames, outletId: string): string {
  return names[outletId] ?? outletId;
}

/**
 * Names in reading order: `A`, `A and B`, `A, B and C`.
 *
 * @example
 * listNames(['Wire Desk', 'Copy Site', 'Coast TV']) // 'Wire Desk, Copy Site and Coast TV'
 */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
