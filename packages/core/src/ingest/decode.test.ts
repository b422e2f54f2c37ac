import { describe, expect, it } from 'vitest';
import { isArticleReadError } from '../errors.ts';
import { decodeArticleBytes } from './decode.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

function problemOf(input: Uint8Array): string {
  try {
    decodeArticleBytes(input, 'story.txt');
  } catch (error) {
    if (isArticleReadError(error)) return error.message;
    throw error;
  }
  return 'no error';
}

describe('decodeArticleBytes', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeArticleBytes(utf8('\uFEFFPutin — Путин, Zürich'), 'a.txt')).toBe('Putin — Путин, Zürich');
  });

  const refusals = [
    ['an empty file', bytes(), "cannot read article 'story.txt': the file is empty"],
    ['only whitespace', utf8(' \n\t\n'), "cannot read article 'story.txt': the file holds only whitespace"],
    ['a NUL byte', bytes(0x41, 0x00, 0x42), "cannot read article 'story.txt': binary data, not text (NUL byte at offset 1)"],
    ['Latin-1 bytes', bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x61), "cannot read article 'story.txt': not valid UTF-8 (byte 0xE9 at offset 3); save it as UTF-8 and try again"],
    ['a truncated sequence', bytes(0x61, 0xe2, 0x82), "cannot read article 'story.txt': not valid UTF-8 (byte 0xE2 at offset 1); save it as UTF-8 and try again"],
  ] as const;

  it.each(refusals)('refuses %s, naming the file and the problem', (_name, input, message) => {
    expect(problemOf(input)).toBe(message);
  });

  it('refuses text full of control characters as binary', () => {
    const noisy = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x61));
    expect(problemOf(noisy)).toMatch(/binary data, not text \(\d+ control characters\)/);
  });
});
