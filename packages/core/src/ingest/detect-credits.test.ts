import { describe, expect, it } from 'vitest';
import { findCredits } from './detect-credits.ts';

const creditsOf = (line: string): string[] => findCredits(line).map((f) => `${f.credit.kind}:${f.credit.name}`);

describe('findCredits', () => {
  const cases = [
    ['Reuters and the Associated Press contributed to this report.', ['wire:Reuters', 'wire:Associated Press']],
    [
      'AP Jim Heintz in Tallinn, Estonia, and Dake Kang and Ng Han Guan in Fangchuan, China, contributed.',
      ['wire:Associated Press', 'contributor:Jim Heintz', 'contributor:Dake Kang', 'contributor:Ng Han Guan'],
    ],
    ['Associated Press writers Sarah Lee and Tom Ward contributed reporting.', ['wire:Associated Press', 'contributor:Sarah Lee', 'contributor:Tom Ward']],
    ['(Reporting by Anna Kovacs in Budapest; Editing by Mark Heller)', ['contributor:Anna Kovacs', 'contributor:Mark Heller']],
    ['Translation of Michelle Padilla', ['translator:Michelle Padilla']],
    ['Translated by: Jorge Ruiz.', ['translator:Jorge Ruiz']],
    ['By Priya Natarajan', ['reporter:Priya Natarajan']],
    ['Harbour Heraldhttps://harbourherald.example.com', ['publisher:Harbour Herald']],
    ['Source: Reuters', ['wire:Reuters']],
    // Prose that merely looks like a credit.
    ['He said the money had been contributed.', []],
    ['Local businesses and the council contributed.', []],
    ['By the end of 2004 Microsoft aims to launch search software.', []],
    ['By contrast netcraft saw no problems', []],
    ['Translation of the speech was poor.', []],
    ['Source:', []],
  ] as const;
  it.each(cases)('%s', (line, expected) => {
    expect(creditsOf(line)).toEqual(expected);
  });

  it('gives the span of the credit line', () => {
    const text = 'Body text.\n\n  Reuters contributed to this report.\n';
    const [finding] = findCredits(text);
    expect(text.slice(finding?.start, finding?.end)).toBe('Reuters contributed to this report.');
  });
});
