import { ArticleReadError } from '../errors.ts';

const UTF8_BOM = '\uFEFF';
// Control characters other than tab, newline, carriage return and form feed never occur in prose.
const CONTROL_RE = /[\u0000-\u0008\u000E-\u001F]/g;

/**
 * Decode a file's bytes as UTF-8 text, refusing what is not text.
 * Throws `ArticleReadError` naming the file and the problem: empty, binary, not UTF-8.
 */
export function decodeArticleBytes(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ArticleReadError(file, 'the file is empty');
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ArticleReadError(file, `binary data, not text (NUL byte at offset ${nul})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    const offset = firstInvalidUtf8Offset(bytes);
    const where = offset === -1 ? '' : ` (byte 0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at offset ${offset})`;
    throw new ArticleReadError(file, `not valid UTF-8${where}; save it as UTF-8 and try again`, { cause });
  }
  if (text.startsWith(UTF8_BOM)) text = text.slice(1);
  if (text.trim() === '') throw new ArticleReadError(file, 'the file holds only whitespace');
  const controls = text.match(CONTROL_RE)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) {
    throw new ArticleReadError(file, `binary data, not text (${controls} control characters)`);
  }
  return text;
}

/** The offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return -1;
}
