import { describe, expect, it } from 'vitest';
import { lineText, lineWidth } from './line.ts';
import { wrapSegments, wrapText } from './wrap.ts';

const texts = (text: string, width: number, options = {}) => wrapText(text, width, options).map(lineText);

describe('wrapText', () => {
  const cases = [
    ['one two three', 9, {}, ['one two', 'three']],
    ['one two three', 40, {}, ['one two three']],
    ['para one\n\npara two', 40, {}, ['para one', '', 'para two']],
    ['abcdefghijklmnop', 8, {}, ['abcdefgh', 'ijklmnop']],
    ['name      aligned', 40, {}, ['name      aligned']],
    ['one two three four', 12, { indent: 2 }, ['  one two', '  three four']],
    ['one two three four', 12, { prefix: { text: '• ' } }, ['• one two', '  three four']],
    ['', 10, {}, ['']],
    ['crlf line\r\nnext', 40, {}, ['crlf line', 'next']],
    // The space that does not fit ends the line: the next word never glues on.
    ['whitespace 1 · spin', 11, {}, ['whitespace', '1 · spin']],
    ['one two three four', 12, { indent: 2, hang: 2 }, ['  one two', '    three', '    four']],
  ] as const;

  it.each(cases)('%j at width %i', (text, width, options, expected) => {
    expect(texts(text, width, options)).toEqual(expected);
  });

  it('never prints a line wider than asked', () => {
    const text = 'Kim Jong Un’s armoured train crossed into Russia 北朝鮮 on Tuesday morning, officials said, ending weeks of speculation.';
    for (const width of [10, 17, 33, 80]) {
      for (const row of wrapText(text, width)) expect(lineWidth(row)).toBeLessThanOrEqual(width);
    }
  });

  it('drops spaces at a soft break but keeps the words, in order', () => {
    const rows = texts('alpha beta gamma delta epsilon', 11);
    expect(rows.every((row) => !row.startsWith(' ') && !row.endsWith(' '))).toBe(true);
    expect(rows.join(' ')).toBe('alpha beta gamma delta epsilon');
  });
});

describe('wrapSegments', () => {
  it('keeps each segment’s style across the wrap', () => {
    const rows = wrapSegments([{ text: 'plain words then ' }, { text: 'highlighted words here', style: { bold: true } }], 20);
    const bold = rows.flat().filter((segment) => segment.style?.bold).map((segment) => segment.text).join(' ');
    expect(bold.replace(/\s+/g, ' ').trim()).toBe('highlighted words here');
  });
});
