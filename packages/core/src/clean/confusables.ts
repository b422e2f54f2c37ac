// Unicode's confusables data (confusables.txt, as shipped by the `unhomoglyph` package): each
// character maps to a "skeleton" prototype. We use only the data, never a whole-text replacement.
import skeletons from 'unhomoglyph/data.json' with { type: 'json' };

const LOOKALIKE_SCRIPT_RE = /^[\p{Script=Cyrillic}\p{Script=Greek}]$/u;
const ASCII_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const SKELETON: Readonly<Record<string, string>> = skeletons;

/**
 * Cyrillic and Greek letters that share a skeleton with an ASCII letter of the same case.
 * Skeletons are case-blind (`І` and `I` both map to `l`), so the case of the source picks the letter:
 * `'е'` -> `'e'`, `'І'` -> `'I'`, `'ο'` -> `'o'`; `'П'` (skeleton `Π`) has none.
 */
export const LATIN_LOOKALIKE: ReadonlyMap<string, string> = buildTable();

function buildTable(): Map<string, string> {
  const latinBySkeleton = new Map<string, string[]>();
  for (const letter of ASCII_LETTERS) {
    const skeleton = SKELETON[letter] ?? letter;
    latinBySkeleton.set(skeleton, [...(latinBySkeleton.get(skeleton) ?? []), letter]);
  }
  const table = new Map<string, string>();
  for (const [source, skeleton] of Object.entries(SKELETON)) {
    if ([...source].length !== 1 || !LOOKALIKE_SCRIPT_RE.test(source)) continue;
    const isUpper = source !== source.toLowerCase();
    const match = latinBySkeleton.get(skeleton)?.find((latin) => (latin !== latin.toLowerCase()) === isUpper);
    if (match) table.set(source, match);
  }
  return table;
}
