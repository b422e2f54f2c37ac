import { describe, expect, it } from 'vitest';
import { creditsOfLine, datelineOf } from './credit-lines.ts';

describe('creditsOfLine', () => {
  const credits = [
    ['Additional reporting by Agence France-Presse', 'wire', 'Agence France-Presse'],
    ['Material from Reuters was used in this report.', 'wire', 'Reuters'],
    ['By Jane Roe in Lagos', 'reporter', 'Jane Roe'],
    ['Jane Roe, Health correspondent', 'reporter', 'Jane Roe'],
    ['Translated from the Portuguese by Ana Lima', 'translator', 'Ana Lima'],
    ['(AFP)', 'wire', 'AFP'],
  ] as const;
  it.each(credits)('credits %j', (line, kind, name) => expect(creditsOfLine(line)?.[0]).toMatchObject({ kind, name }));

  const prose = ['He was hired by Reuters in 2001.', 'Replacements: Priscott for Roberts', 'Shares rose by 3% in London trading.', 'Simon Perry is the editor of the Digital Lifestyles website'];
  it.each(prose)('leaves %j', (line) => expect(creditsOfLine(line)).toBeUndefined());
});

describe('datelineOf', () => {
  it('takes the place, date and wire of a dateline, and nothing from a plain opening', () => {
    expect(datelineOf('NEW YORK, March 5 (Reuters) - Oil prices fell.')).toMatchObject({ length: 30, credit: { kind: 'wire', name: 'Reuters' } });
    expect(datelineOf('WASHINGTON (AP) — The talks ended.')?.credit.name).toBe('Associated Press');
    expect(datelineOf('The company (which is based in Leeds) - a maker of toys - grew.')).toBeUndefined();
    expect(datelineOf('Moscow (2004) - a history')).toBeUndefined();
    expect(datelineOf('Apple (AAPL) - the iPhone maker - rose.')).toBeUndefined();
    expect(datelineOf('(CNN) — The submersible was found.')).toMatchObject({ length: 8, credit: { kind: 'contributor', name: 'CNN' } });
    expect(datelineOf('(Updated) - The talks ended.')).toBeUndefined();
    expect(datelineOf('KYIV (Ukrinform) - Talks resumed.')?.credit).toMatchObject({ kind: 'contributor', name: 'Ukrinform' });
  });
});
