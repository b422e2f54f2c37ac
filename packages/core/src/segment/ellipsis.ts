// Ellipses: `that.... She` ends a sentence, `is . . . I didn’t` does not, and in
// `compounds. . . . The` the full stop ends the sentence and the ellipsis opens the next.
import { SENTENCE_STARTERS } from './lexicon.ts';
import { startsUppercase, type Token } from './tokens.ts';

const LONE_DOT_RE = /^\.[)"'”’\]}»]*$/u;

/** True for a token that is one dot of a spaced ellipsis: `.` or `.”`. */
export const isLoneDot = (text: string): boolean => LONE_DOT_RE.test(text);

/** How many lone dots run from `from` on: the length of a spaced ellipsis. */
export function dotRunLength(tokens: readonly Token[], from: number): number {
  let count = 0;
  while (isLoneDot(tokens[from + count]?.text ?? '')) count++;
  return count;
}

/** Whether a glued ellipsis (`...`, `….`) ends its sentence before `nextWord` (not lowercase). */
export function ellipsisEnds(run: string, nextWord: string, atLineEnd: boolean): boolean {
  const dots = [...run].reduce((sum, char) => sum + (char === '…' ? 3 : 1), 0);
  // Four dots are an ellipsis plus a full stop; three end a sentence only before a clear opener.
  if (dots >= 4 || atLineEnd) return true;
  return nextWord !== 'I' && SENTENCE_STARTERS.has(nextWord);
}

/** Whether a spaced ellipsis of `dots` lone dots ends its sentence before `nextWord`. */
export function spacedEllipsisEnds(dots: number, nextWord: string | null): boolean {
  return nextWord === null || (dots >= 4 && startsUppercase(nextWord));
}
