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
    const trimmed = piece.trim();
    if (trimmed) {
      const start = from + piece.length - piece.trimStart().length;
      spans.push({ text: trimmed, start, end: start + trimmed.length });
    }
    from = end;
  }
  return spans;
}
