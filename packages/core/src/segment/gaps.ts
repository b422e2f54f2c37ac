import type { Line } from './lines.ts';
import type { Token } from './tokens.ts';

/**
 * What separates a token from the next: `hard` always ends the sentence (a blank line, a headline's
 * line end, the end of the text), `line-end` is a newline after a full stop in an unwrapped block (a
 * strong hint: ambiguous abbreviations end the sentence there), `soft` is an ordinary space.
 */
export type Gap = 'hard' | 'line-end' | 'soft';

/** The gap after each token, read from the line structure: `gaps[i]` follows `tokens[i]`. */
export function readGaps(tokens: readonly Token[], lines: readonly Line[]): Gap[] {
  const lineOf = tokenLines(tokens, lines);
  return tokens.map((_, i) => {
    const here = lines[lineOf[i] ?? -1];
    const there = lines[lineOf[i + 1] ?? -1];
    if (!here || !there) return 'hard';
    if (here === there) return 'soft';
    if (here.block !== there.block) return 'hard';
    if (here.breakAfter === 'boundary') return 'hard';
    if (here.breakAfter === 'space' || here.wrapped) return 'soft';
    return 'line-end';
  });
}

// Both lists are in text order, so one sweep finds each token's line.
function tokenLines(tokens: readonly Token[], lines: readonly Line[]): number[] {
  const result: number[] = [];
  let line = 0;
  for (const token of tokens) {
    while (line < lines.length - 1 && (lines[line]?.end ?? 0) < token.start) line++;
    result.push(line);
  }
  return result;
}
