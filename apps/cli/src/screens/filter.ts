/**
 * Whether text matches a filter: every word of the filter appears, ignoring case.
 *
 * @example
 * matchesFilter('Peskov said the talks…', 'talks pesk'); // true
 */
export function matchesFilter(text: string, filter: string): boolean {
  const haystack = text.toLowerCase();
  return filter
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
