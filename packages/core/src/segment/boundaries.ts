// One pass over the tokens: collect the offset where each sentence ends.
import { dotRunLength, isLoneDot, spacedEllipsisEnds } from './ellipsis.ts';
import { endsSentence } from './ends-sentence.ts';
import type { Gap } from './gaps.ts';
import { gluedEnds } from './glued.ts';
import { listItemStarts } from './lists.ts';
import { bareWord, isLoneCloser, parseEnding, startsUppercase, type Token } from './tokens.ts';

/**
 * Offsets (ascending) just after the last character of each sentence.
 *
 * @example
 * findSentenceEnds(tokenize('Hi there. Bye.'), ['soft', 'soft', 'soft', 'hard']) // [9, 14]
 */
export function findSentenceEnds(tokens: readonly Token[], gaps: readonly Gap[]): number[] {
  const ends: number[] = [];
  const itemStarts = listItemStarts(tokens, gaps);
  let sentenceStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) break;
    const glued = gluedEnds(token.text);
    for (const cut of glued) ends.push(token.start + cut);
    if (glued.length > 0) sentenceStart = i;
    const word = token.text.slice(glued.at(-1) ?? 0);
    const [last, isEnd] = readCandidate(tokens, gaps, i, word, sentenceStart);
    i = last;
    if (isEnd || gaps[last] === 'hard' || itemStarts.has(last + 1)) {
      ends.push(tokens[last]?.end ?? token.end);
      sentenceStart = last + 1;
    }
  }
  return ends;
}

// The candidate starting at token `i`: the index of its last token, and whether it ends a sentence.
function readCandidate(
  tokens: readonly Token[],
  gaps: readonly Gap[],
  i: number,
  word: string,
  sentenceStart: number,
): [last: number, isEnd: boolean] {
  if (isLoneDot(word) && !isLoneDot(tokens[i - 1]?.text ?? '')) {
    const dots = Math.max(1, runWithinUnit(tokens, gaps, i));
    const last = i + dots - 1;
    return [last, spacedEllipsisEnds(dots, nextWord(tokens, gaps, last))];
  }
  const ending = parseEnding(word);
  if (!ending) return [i, false];
  if (ending.run === '.' && gaps[i] !== 'hard' && isLoneDot(tokens[i + 1]?.text ?? '')) {
    // `compounds. . . . The`: the full stop ends the sentence, the ellipsis opens the next one.
    const dots = runWithinUnit(tokens, gaps, i + 1);
    const after = nextWord(tokens, gaps, i + dots);
    return [i, dots === 3 && after !== null && startsUppercase(after)];
  }
  const closer = tokens[i + 1];
  const sentence = (): string => tokens.slice(sentenceStart, i + 1).map((token) => token.text).join(' ');
  const hasDetachedCloser = closer !== undefined && gaps[i] !== 'hard' && isLoneCloser(closer.text, sentence);
  const last = hasDetachedCloser ? i + 1 : i;
  const isEnd = endsSentence({
    tokens,
    at: i,
    word,
    detachedClosers: hasDetachedCloser ? closer.text : '',
    next: last + 1,
    sentenceStart,
    atLineEnd: gaps[last] === 'line-end',
  });
  return [last, isEnd];
}

function runWithinUnit(tokens: readonly Token[], gaps: readonly Gap[], from: number): number {
  const length = dotRunLength(tokens, from);
  for (let k = 0; k < length; k++) if (gaps[from + k] === 'hard') return k + 1;
  return length;
}

// The word after token `last`, or null when the sentence cannot go on past it.
function nextWord(tokens: readonly Token[], gaps: readonly Gap[], last: number): string | null {
  const next = tokens[last + 1];
  return next && gaps[last] !== 'hard' ? bareWord(next.text) : null;
}
