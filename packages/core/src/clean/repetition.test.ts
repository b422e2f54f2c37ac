import { describe, expect, it } from 'vitest';
import type { Repair } from './edits.ts';
import { repairRepetition } from './repetition.ts';

const applied = (text: string, repairs: Repair[]): string =>
  [...repairs].sort((a, b) => b.start - a.start).reduce((out, r) => out.slice(0, r.start) + r.after + out.slice(r.end), text);

describe('repairRepetition', () => {
  const cases = [
    [
      'The council met in March, when the mayor of Leeds approved the plan in March, when the mayor of Leeds approved the plan in March, when the mayor of Leeds approved the plan in March, when the budget passed.',
      'The council met in March, when the mayor of Leeds approved the plan in March, when the budget passed.',
    ],
    ['Talks resumed after the strike ended at the port, after the strike ended at the port, and ships sailed.', 'Talks resumed after the strike ended at the port, and ships sailed.'],
    ['He walked to the the station.', 'He walked to the station.'],
    ['She said that that was final, and he had had enough.', 'She said that that was final, and he had had enough.'],
    ['Education, education, education.', 'Education, education, education.'],
    ['"We want to make sure parents know what games their children play, make sure parents know what games their children play," he said.', '"We want to make sure parents know what games their children play," he said.'],
  ] as const;
  it.each(cases)('%s', (input, expected) => {
    expect(applied(input, repairRepetition(input).repairs)).toBe(expected);
  });

  it('only flags a short phrase said twice, and a longer one inside a quotation', () => {
    const short = repairRepetition('Grandchild of The Holocaust. Grandchild of The Holocaust, part of a season.');
    expect(short.repairs).toEqual([]);
    expect(short.flags[0]).toMatchObject({ kind: 'repetition', suggestion: 'Grandchild of The Holocaust' });
    const quoted = repairRepetition('He said: "the purpose of the dossier was. The purpose of the dossier was to persuade."');
    expect(quoted.repairs).toEqual([]);
    expect(quoted.flags).toHaveLength(1);
  });

  it('records the loop as evidence', () => {
    const [repair] = repairRepetition('we will win the cup, we will win the cup, we will win the cup!').repairs;
    expect(repair?.evidence).toBe("'we will win the cup' 3 times in a row");
  });
});
