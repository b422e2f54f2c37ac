import { describe, expect, it } from 'vitest';
import { repairMarkup } from './markup.ts';

const cleanOf = (text: string): string => {
  let out = text;
  for (const r of [...repairMarkup(text)].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.after + out.slice(r.end);
  return out;
};

describe('repairMarkup', () => {
  const cases = [
    ['## Heading\n\nBody', 'Heading\n\nBody'],
    ['# Title #\nBody', 'Title\nBody'],
    ['The **prime minister** said', 'The prime minister said'],
    ['see [the report](https://example.org/r) today', 'see the report today'],
    ['<p>Text<br/></p>', 'Text'],
    ['AT&amp;T &lt;3 &#8212; ok', 'AT&T <3 — ok'],
    ['- Headline as a bullet\n- second point', 'Headline as a bullet\n- second point'],
    ['C# and 2 * 3 and snake_case_name', 'C# and 2 * 3 and snake_case_name'],
    ['&#0; stays', '&#0; stays'],
  ] as const;
  it.each(cases)('%j', (input, expected) => {
    expect(cleanOf(input)).toBe(expected);
  });
});
