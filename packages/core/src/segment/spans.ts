const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/** A sentence as a span of its text: `text === input.slice(start, end)`, trimmed. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Cut `text` at ascending end offsets into trimmed, non-empty spans covering every non-space. */
export function toSpans(text: string, ends: readonly number[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const end of [...ends, text.length]) {
    if (end <= from) continue;
    const piece = text.slice(from, end);
    from = end;
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const start = end - piece.length + (piece.length - piece.trimStart().length);
    const previous = spans.at(-1);
    // `security. “`: a stray quote or bracket on the same line belongs to the sentence before it.
    if (previous && !WORD_CHAR_RE.test(trimmed) && !text.slice(previous.end, start).includes('\n')) {
      previous.end = start + trimmed.length;
      previous.text = text.slice(previous.start, previous.end);
    } else {
      spans.push({ text: trimmed, start, end: start + trimmed.length });
    }
  }
  return spans;
}
