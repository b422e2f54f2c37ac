import type { Flag } from '../model/index.ts';
import type { Repair } from './edits.ts';
import { lineSpans, wordSpans } from './text-units.ts';

const MAX_UNIT_WORDS = 40;
// What separates a restarted sentence from its first try: a stop, an ellipsis, a dash.
const RESTART_RE = /[.!?…—–-]/;
// Doubled function words are typos (`the the`); doubled `that`, `had`, `is` can be grammatical.
const DOUBLED_RE = /\b(the|a|an|to|of|in|on|for|and|with|at|by|from)[ \t]+\1\b/gi;

export interface RepetitionFindings {
  repairs: Repair[];
  flags: Flag[];
}

/**
 * Collapse a phrase repeated in a loop to one occurrence, keeping the separator after the last
 * copy: `'a rare in July, when a rare in July, when a rare in July, when…'` -> one copy. Two copies
 * of a short phrase, or a quoted speaker restarting a sentence, are only flagged: people repeat on purpose.
 *
 * @example
 * repairRepetition('He said it was over, it was over, it was over.').repairs[0]?.kind; // 'repetition'
 */
export function repairRepetition(text: string): RepetitionFindings {
  const repairs: Repair[] = [];
  const flags: Flag[] = [];
  for (const line of lineSpans(text)) {
    const words = wordSpans(line.text, line.start);
    const keys = words.map((w) => w.text.toLowerCase());
    const next = nextSame(keys);
    for (let i = 0; i < words.length; ) {
      const loop = longestLoop(keys, next, i);
      if (!loop) {
        i += 1;
        continue;
      }
      const { unit, copies } = loop;
      const first = words[i + unit - 1];
      const last = words[i + unit * copies - 1];
      if (!first || !last) break;
      const phrase = text.slice(words[i]?.start ?? 0, first.end);
      // A speaker restarting a sentence (`the purpose was. The purpose was to…`) is quoted faithfully.
      const restart = isInsideQuote(text, line.start, words[i]?.start ?? 0) && RESTART_RE.test(text.slice(first.end, words[i + unit]?.start ?? first.end));
      if (phrase.length >= 12 && (copies >= 3 || (unit >= 6 && !restart))) {
        repairs.push({
          kind: 'repetition',
          rule: 'phrase-loop',
          start: first.end,
          end: last.end,
          after: '',
          confidence: copies >= 3 ? 0.95 : 0.85,
          evidence: `'${phrase}' ${copies} times in a row`,
        });
      } else if (phrase.length >= 12) {
        flags.push({ kind: 'repetition', rule: 'repeated-phrase', start: words[i]?.start ?? 0, end: last.end, text: text.slice(words[i]?.start ?? 0, last.end), message: `'${phrase}' twice in a row`, suggestion: phrase });
      }
      i += unit * copies;
    }
  }
  for (const match of text.matchAll(DOUBLED_RE)) {
    const word = match[1] ?? '';
    const start = (match.index ?? 0) + word.length;
    repairs.push({ kind: 'repetition', rule: 'doubled-word', start, end: start + match[0].length - word.length, after: '', confidence: 0.9, evidence: `'${word}' twice in a row` });
  }
  return { repairs: dropOverlaps(repairs), flags };
}

/**
 * The loop starting at word `i` with the most copies (then the shortest unit of 3+ words). A unit
 * can only be the distance to a later copy of word `i`: `next` walks those, nearest first.
 */
function longestLoop(keys: string[], next: Int32Array, i: number): { unit: number; copies: number } | undefined {
  let best: { unit: number; copies: number } | undefined;
  for (let j = next[i] ?? -1; j !== -1 && j - i <= MAX_UNIT_WORDS && i + 2 * (j - i) <= keys.length; j = next[j] ?? -1) {
    const unit = j - i;
    if (unit < 3) continue;
    let copies = 1;
    while (i + (copies + 1) * unit <= keys.length && sameRun(keys, i, i + copies * unit, unit)) copies += 1;
    if (copies >= 2 && (!best || copies > best.copies)) best = { unit, copies };
  }
  return best;
}

/** For each word, the index of the next word with the same key, or -1. */
function nextSame(keys: readonly string[]): Int32Array {
  const next = new Int32Array(keys.length).fill(-1);
  const seen = new Map<string, number>();
  for (let k = keys.length - 1; k >= 0; k--) {
    const key = keys[k] ?? '';
    next[k] = seen.get(key) ?? -1;
    seen.set(key, k);
  }
  return next;
}

function sameRun(keys: string[], a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (keys[a + k] !== keys[b + k]) return false;
  return true;
}

/** Whether an odd number of double quotation marks open before `at` on its line. */
function isInsideQuote(text: string, lineStart: number, at: number): boolean {
  const before = text.slice(lineStart, at);
  const straight = (before.match(/"/g) ?? []).length;
  const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || opened > 0;
}

function dropOverlaps(repairs: Repair[]): Repair[] {
  const sorted = [...repairs].sort((a, b) => a.start - b.start);
  return sorted.filter((r, k) => k === 0 || r.start >= (sorted[k - 1]?.end ?? 0));
}

