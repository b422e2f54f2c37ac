const MAX_SHOWN = 3;

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The letters a same-length repair swapped, by code point: a look-alike repair changes nothing
 * the eye can see, so the tooltip must say which letter it was.
 *
 * @example
 * swappedLetters('mееt', 'meet') // 'е U+0435 → e U+0065 (×2)'
 */
export function swappedLetters(before: string, after: string): string | undefined {
  const from = [...before];
  const to = [...after];
  if (from.length !== to.length) return undefined;
  const swaps = new Map<string, number>();
  from.forEach((char, index) => {
    const replacement = to[index];
    if (replacement !== undefined && replacement !== char) {
      const key = `${char} ${codePoint(char)} → ${replacement} ${codePoint(replacement)}`;
      swaps.set(key, (swaps.get(key) ?? 0) + 1);
    }
  });
  if (swaps.size === 0) return undefined;
  const shown = [...swaps].slice(0, MAX_SHOWN).map(([swap, count]) => (count > 1 ? `${swap} (×${count})` : swap));
  return swaps.size > MAX_SHOWN ? `${shown.join(', ')}, …` : shown.join(', ');
}
