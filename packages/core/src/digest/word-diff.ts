// Tokens for comparing wordings: words and numbers, case and punctuation set aside.
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lowercased word tokens for a word-level comparison: `“We urge,” he said` -> `['we', 'urge', 'he', 'said']`. */
export function diffTokens(text: string): string[] {
  return Array.from(text.matchAll(TOKEN_RE), (match) => match[0].toLowerCase().replace(/’/g, "'"));
}

/** Length of the longest common subsequence of two token lists. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  return lcsTable(a, b)[a.length]?.[b.length] ?? 0;
}

/**
 * Word-level differences of `variant` from `base`: `-word` for words the variant drops, `+word` for
 * words it adds, in reading order.
 *
 * @example
 * wordDifferences('a large-scale visit', 'a large visit'); // ['-scale']
 */
export function wordDifferences(base: string, variant: string): string[] {
  const a = diffTokens(base);
  const b = diffTokens(variant);
  const table = lcsTable(a, b);
  const out: string[] = [];
  let i = a.length;
  let j = b.length;
  // Walk back from the end; the list is reversed once at the end.
  while (i > 0 || j > 0) {
    const ai = a[i - 1];
    const bj = b[j - 1];
    if (i > 0 && j > 0 && ai === bj) {
      i--;
      j--;
    } else if (j > 0 && (i === 0 || (table[i]?.[j - 1] ?? 0) >= (table[i - 1]?.[j] ?? 0))) {
      out.push(`+${bj}`);
      j--;
    } else {
      out.push(`-${ai}`);
      i--;
    }
  }
  return out.reverse();
}

/** Share of the longer token list that the two share in order, 0..1. */
export function sequenceSimilarity(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : lcsLength(a, b) / longer;
}

function lcsTable(a: readonly string[], b: readonly string[]): number[][] {
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    const row = table[i] ?? [];
    const previous = table[i - 1] ?? [];
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, row[j - 1] ?? 0);
    }
  }
  return table;
}
