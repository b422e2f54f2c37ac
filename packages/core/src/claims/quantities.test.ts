import { describe, expect, it } from 'vitest';
import { QuantitySchema } from '../model/index.ts';
import { extractQuantities } from './quantities.ts';

type Row = [text: string, value: number, unit: string, normalized: number, normalizedUnit: string, dimension: string];

describe('extractQuantities', () => {
  const cases: Array<[string, Row[]]> = [
    ['situated just 130 km (80 miles) from the border', [
      ['just 130 km', 130, 'km', 130, 'km', 'length'],
      ['80 miles', 80, 'mile', 128.748, 'km', 'length'],
    ]],
    ['at approximately 59 kilometers per hour (37 miles per hour)', [
      ['approximately 59 kilometers per hour', 59, 'km/h', 59, 'km/h', 'speed'],
      ['37 miles per hour', 37, 'mph', 59.5457, 'km/h', 'speed'],
    ]],
    ['the 18-month-old invasion', [['18-month-old', 18, 'month', 18, 'month', 'age']]],
    ['Russia may need 122mm shells', [['122mm', 122, 'mm', 122, 'mm', 'length']]],
    ['profits of £12.5bn, up 3.4%', [
      ['£12.5bn', 12.5e9, 'GBP', 12.5e9, 'GBP', 'money'],
      ['3.4%', 3.4, '%', 3.4, '%', 'ratio'],
    ]],
    ['a fine of USD 40m', [['USD 40m', 40, 'USD', 40e6, 'USD', 'money']]],
    ['the quake killed at least 2,000 people', [['at least 2,000 people', 2000, 'people', 2000, 'people', 'count']]],
    ['his train has twenty bulletproof carriages', [['twenty bulletproof carriages', 20, 'carriage', 20, 'carriage', 'count']]],
    ['temperatures reached 40C', [['40C', 40, '°C', 40, 'C', 'temperature']]],
    ['a 7.8 magnitude quake', [['7.8 magnitude', 7.8, 'magnitude', 7.8, 'magnitude', 'magnitude']]],
    ['in 2019 the one used before', []],
    ['Overnight temperatures dropped to -12C', [['-12C', -12, '°C', -12, 'C', 'temperature']]],
    ['raised rates by 500 basis points to 50%', [
      ['500 basis points', 500, 'percentage point', 5, 'percentage point', 'ratio'],
      ['50%', 50, '%', 50, '%', 'ratio'],
    ]],
    ['Nearly half a million households', [['Nearly half a million households', 500000, 'household', 500000, 'household', 'count']]],
    ['Daniel Okoro, 42, from Croydon', [['42', 42, 'year', 504, 'month', 'age']]],
    ['all 24 of its Boeing 737 Max 9 aircraft', [['24 of its Boeing 737 Max 9 aircraft', 24, 'aircraft', 24, 'aircraft', 'count']]],
    ['a new 3D world and 4G phones', []],
    ['build 1,500 new affordable homes', [['1,500 new affordable homes', 1500, 'home', 1500, 'home', 'count']]],
    ['Illva will pay 481.42m yuan', [['481.42m yuan', 481.42, 'CNY', 481.42e6, 'CNY', 'money']]],
    // A measure written as a modifier measures the thing after it, even a name.
    ['the 400-metre Ever Given', [['400-metre', 400, 'm', 0.4, 'km', 'length']]],
    ['a 12-kilometre trek and a 3,800-metre dive', [
      ['12-kilometre', 12, 'km', 12, 'km', 'length'],
      ['3,800-metre', 3800, 'm', 3.8, 'km', 'length'],
    ]],
    ['a 5-tonne army truck and a 50-litre tank', [
      ['5-tonne', 5, 'tonne', 5000, 'kg', 'mass'],
      ['50-litre', 50, 'litre', 50, 'l', 'volume'],
    ]],
    // A compound whose head happens to its modifier counts the modifier; any other counts its head.
    ['1,200 job cuts and 300 flight cancellations', [
      ['1,200 job cuts', 1200, 'job', 1200, 'job', 'count'],
      ['300 flight cancellations', 300, 'flight', 300, 'flight', 'count'],
    ]],
    ['three car bombs and 1,500 construction workers', [
      ['three car bombs', 3, 'bomb', 3, 'bomb', 'count'],
      ['1,500 construction workers', 1500, 'worker', 1500, 'worker', 'count'],
    ]],
  ];
  it.each(cases)('%s', (text, expected) => {
    const found = extractQuantities(text);
    const rows = found.map((q): Row => [q.text, q.value, q.unit, q.normalized.value, q.normalized.unit, q.dimension]);
    expect(rows).toEqual(expected);
    for (const quantity of found) {
      expect(QuantitySchema.parse(quantity)).toEqual(quantity);
      expect(text.slice(quantity.start, quantity.end)).toBe(quantity.text);
    }
  });

  it('keeps a range and an approximation', () => {
    const [range] = extractQuantities('It takes five to six hours.');
    expect(range).toMatchObject({ value: 5, valueMax: 6, normalized: { value: 18000, valueMax: 21600, unit: 's' } });
    const [vague] = extractQuantities('tens of millions of artillery shells');
    expect(vague).toMatchObject({ value: 1e7, valueMax: 1e8, unit: 'shell', approximate: true });
    const [rates] = extractQuantities('rates of 5.25% to 5.5%');
    expect(rates).toMatchObject({ value: 5.25, valueMax: 5.5, normalized: { value: 5.25, valueMax: 5.5, unit: '%' } });
    const [between] = extractQuantities('prices rose by between 5% and 7%');
    expect(between).toMatchObject({ value: 5, valueMax: 7, normalized: { value: 5, valueMax: 7, unit: '%' } });
    const [cost] = extractQuantities('a cost of £1.2bn-£1.5bn');
    expect(cost).toMatchObject({ text: '£1.2bn-£1.5bn', normalized: { value: 1.2e9, valueMax: 1.5e9, unit: 'GBP' } });
    const [change] = extractQuantities('rose from 5% to 7%');
    expect(change).toMatchObject({ value: 5, normalized: { value: 5, unit: '%' } });
    expect(change?.valueMax).toBeUndefined();
    const [about] = extractQuantities('in about 20 hours');
    expect(about).toMatchObject({ qualifier: 'about', approximate: true, normalized: { value: 72000, unit: 's' } });
  });
});
