import { describe, expect, it } from 'vitest';
import { LATIN_LOOKALIKE } from './confusables.ts';
import { repairHomoglyphs, toLatin } from './homoglyphs.ts';

const afterOf = (text: string, vocabulary: string[] = []): string => {
  let out = text;
  const { repairs } = repairHomoglyphs(text, new Set(vocabulary));
  for (const r of [...repairs].reverse()) out = out.slice(0, r.start) + r.after + out.slice(r.end);
  return out;
};

describe('the confusables table', () => {
  it.each([
    ['е', 'e'],
    ['о', 'o'],
    ['А', 'A'],
    ['І', 'I'],
    ['ο', 'o'],
    ['Ν', 'N'],
  ])('reads %s as %s', (source, latin) => {
    expect(LATIN_LOOKALIKE.get(source)).toBe(latin);
  });

  it('has no entry for letters without a Latin twin', () => {
    for (const letter of ['П', 'и', 'т', 'Д', 'λ', 'Ж']) expect(LATIN_LOOKALIKE.has(letter)).toBe(false);
  });
});

describe('repairHomoglyphs', () => {
  const cases = [
    ['Kim will mееt Putin', 'Kim will meet Putin'],
    ['North KorеA and Sеoul', 'North KorеA and Sеoul'.replace(/е/g, 'e')],
    ['The mayor of Zürich met Élysée aides', 'The mayor of Zürich met Élysée aides'],
    ['Путин met Kim on Tuesday', 'Путин met Kim on Tuesday'],
    ['Η Αθήνα είναι η πρωτεύουσα', 'Η Αθήνα είναι η πρωτεύουσα'],
    ['In 2019, Kim met him', 'In 2019, Kim met him'],
    ['the drug firm Ρfizer said', 'the drug firm Pfizer said'],
  ] as const;
  it.each(cases)('%s', (input, expected) => {
    expect(afterOf(input)).toBe(expected);
  });

  it('repairs a wholly Cyrillic word in an English line only when its Latin reading is attested', () => {
    const line = 'The ministers of the alliance met in Brussels to discuss ΝΑΤΟ spending plans';
    expect(afterOf(line)).toBe(line);
    expect(afterOf(line, ['NATO'])).toBe(line.replace('ΝΑΤΟ', 'NATO'));
  });

  it('leaves Cyrillic words in a Cyrillic line alone even when attested', () => {
    expect(afterOf('Он сказал сор', ['cop'])).toBe('Он сказал сор');
  });

  it('flags a mixed word it cannot map', () => {
    const { repairs, flags } = repairHomoglyphs('a wоrdП here');
    expect(repairs).toEqual([]);
    expect(flags[0]).toMatchObject({ kind: 'homoglyph', text: 'wоrdП' });
  });

  it('records the swapped letters as evidence', () => {
    const [repair] = repairHomoglyphs('mееt').repairs;
    expect(repair?.evidence).toContain("U+0435 'е' -> 'e'");
  });

  it('reads tokens through the table', () => {
    expect(toLatin('Sеoul')).toBe('Seoul');
    expect(toLatin('Путин')).toBeNull();
  });
});
