import { describe, expect, it } from 'vitest';
import { countContext, outcomeOf } from './count-outcome.ts';
import { extractQuantities } from './quantities.ts';

describe('outcomeOf', () => {
  const cases = [
    ['killed', 'dead'],
    ['died', 'dead'],
    ['fatalities', 'dead'],
    ['hurt', 'injured'],
    ['wounded', 'injured'],
    ['critically', 'seriously injured'],
    ['unaccounted', 'missing'],
    ['detained', 'arrested'],
    ['flattened', 'destroyed'],
    ['attended', undefined],
  ] as const;
  it.each(cases)('%s -> %s', (word, outcome) => {
    expect(outcomeOf(word)).toBe(outcome);
  });
});

describe('countContext', () => {
  // [text, the count as written]: the outcome read from the words around it.
  const cases = [
    ['At least 14 people were killed when a tornado tore through the town', '14 people', 'dead'],
    ['The fire injured 23 firefighters, officials said', '23 firefighters', 'injured'],
    ['Police said 31 protesters had been arrested', '31 protesters', 'arrested'],
    ['Some 40 climbers remain missing after the avalanche', '40 climbers', 'missing'],
    ['The floods left 12,000 people homeless', '12,000 people', 'displaced'],
    ['The number of homes destroyed in the wildfire has risen to 1,100', '1,100', 'destroyed'],
    ['The death toll in the bus crash rose to 27 on Tuesday', '27', 'dead'],
    ['Storm toll tops 40', 'tops 40', 'dead'],
    ['The injury toll stood at 85', '85', 'injured'],
    ['Of the 300 passengers, 12 were in serious condition', '12', 'seriously injured'],
    ['Turnout rose to 64 per cent', '64', undefined],
    ['The index rose to 7,500 points', '7,500 points', undefined],
    // A verb before the count acts on it; an adjective or a quoted word after it is no outcome.
    ['The sprinter was banned for missing three drugs tests', 'three drugs tests', undefined],
    ['It flagged eight "critical" security holes', 'eight', undefined],
    ['The firm found eight critical flaws', 'eight', undefined],
    ['Police arrested 224 people in the crackdown', '224 people', 'arrested'],
  ] as const;
  it.each(cases)('%s', (text, count, outcome) => {
    const start = text.indexOf(count);
    expect(countContext(text, start, start + count.length).outcome).toBe(outcome);
  });
});

describe('counts read with what happened to them', () => {
  type Row = [text: string, value: number, unit: string, outcome: string | undefined];
  const cases: Array<[string, Row[]]> = [
    // The noun stands before the number, or is only implied by what happened.
    ['The number of people killed in the storms has risen to 58, officials said.', [['58', 58, 'people', 'dead']]],
    ['The death toll from the ferry sinking rose to 112 on Sunday.', [['112', 112, 'people', 'dead']]],
    ['The coach overturned, killing 9 and injuring 31.', [['9', 9, 'people', 'dead'], ['31', 31, 'people', 'injured']]],
    ['Officials said 64 had died and 210 had been injured.', [['64', 64, 'people', 'dead'], ['210', 210, 'people', 'injured']]],
    ['Wildfire kills more than 80 on Maui', [['more than 80', 80, 'people', 'dead']]],
    // Outcome nouns count people.
    ['There were 17 deaths and 40 injuries at the festival.', [['17 deaths', 17, 'people', 'dead'], ['40 injuries', 40, 'people', 'injured']]],
    // A noun after the number keeps it; the outcome comes with it.
    // An elided noun that is not people is not guessed: `45 destroyed` counts homes.
    ['At least 320 homes were damaged and 45 destroyed.', [['At least 320 homes', 320, 'home', 'damaged']]],
    // No outcome: plain counts stay plain, and a bare number with nothing after it is no count.
    ['About 5,000 people attended the vigil.', [['About 5,000 people', 5000, 'people', undefined]]],
    ['The score was 3 at half time.', []],
  ];
  it.each(cases)('%s', (text, rows) => {
    const found = extractQuantities(text).map((q): Row => [q.text, q.normalized.value, q.normalized.unit, q.outcome]);
    expect(found).toEqual(rows);
  });
});
