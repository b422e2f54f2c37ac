import { describe, expect, it } from 'vitest';
import type { Quantity } from '../model/index.ts';
import { compareQuantities, tolerance } from './compare-quantities.ts';

function q(text: string, value: number, unit: string, base: number, baseUnit: string, extra: Partial<Quantity> = {}): Quantity {
  return {
    value,
    unit,
    text,
    start: 0,
    end: text.length,
    normalized: { value: base, unit: baseUnit },
    dimension: 'length',
    approximate: /about|approximately|around/.test(text),
    ...extra,
  };
}

function count(text: string, value: number, qualifier?: string): Quantity {
  const quantity = q(text, value, 'people', value, 'people', { dimension: 'count', approximate: qualifier !== undefined });
  return qualifier === undefined ? quantity : { ...quantity, qualifier };
}

describe('compareQuantities', () => {
  const cases = [
    ['129 km vs 130 km: within the rounding of 130', q('129 km', 129, 'km', 129, 'km'), q('130 km', 130, 'km', 130, 'km'), 'minor'],
    ['80 miles vs 129 km: one value in two units', q('80 miles', 80, 'mile', 128.748, 'km'), q('129 km', 129, 'km', 129, 'km'), 'equal'],
    ['21-foot vs 22-foot: no rounding covers it', q('21-foot', 21, 'ft', 6.4008, 'm'), q('22-foot', 22, 'ft', 6.7056, 'm'), 'major'],
    ['about 60 km/h vs 59 km/h', q('about 60 km/h', 60, 'km/h', 60, 'km/h'), q('59 km/h', 59, 'km/h', 59, 'km/h'), 'minor'],
    ['about 500 metres vs about 1,600 feet', q('about 500 metres', 500, 'm', 0.5, 'km'), q('about 1,600 feet', 1600, 'ft', 0.48768, 'km'), 'minor'],
    ['17 months vs 18 months', q('17 months', 17, 'month', 17, 'month'), q('18-month-old', 18, 'month', 18, 'month'), 'major'],
    ['about 20 hours vs 22 hours: within the stated approximation', q('about 20 hours', 20, 'h', 72000, 's'), q('22 hours', 22, 'h', 79200, 's'), 'minor'],
    ['over two miles vs 4 km: a bound the value meets', q('over two miles', 2, 'mile', 3.2187, 'km', { qualifier: 'over' }), q('4 km', 4, 'km', 4, 'km'), 'compatible'],
    ['up to 5 km vs 8 km: a bound the value breaks', q('up to 5 km', 5, 'km', 5, 'km', { qualifier: 'up to' }), q('8 km', 8, 'km', 8, 'km'), 'major'],
    ['five to six hours vs 5.5 hours: inside the range', q('five to six hours', 5, 'h', 18000, 's', { normalized: { value: 18000, valueMax: 21600, unit: 's' } }), q('5.5 hours', 5.5, 'h', 19800, 's'), 'compatible'],
    // Tolls: a round floor is met by a count above it; a toll as counted (`at least 2,059`) is a count.
    ['more than 2,000 people vs 2,012 people', count('More than 2,000 people', 2000, 'more than'), count('2,012 people', 2012), 'compatible'],
    ['more than 2,000 vs at least 2,059', count('More than 2,000 people', 2000, 'more than'), count('At least 2,059 people', 2059, 'at least'), 'compatible'],
    ['at least 2,059 vs more than 2,400: a toll below a floor', count('At least 2,059 people', 2059, 'at least'), count('More than 2,400 people', 2400, 'more than'), 'major'],
    ['at least 2,012 vs 2,122: two tolls, no approximation', count('at least 2,012 people', 2012, 'at least'), count('2,122', 2122), 'major'],
    ['at least 14 vs at least 20: two tolls', count('at least 14 people', 14, 'at least'), count('at least 20 people', 20, 'at least'), 'major'],
    ['at least 14 vs 14', count('at least 14 people', 14, 'at least'), count('14 people', 14), 'equal'],
    ['tops 2,100 vs 2,122', count('tops 2,100', 2100, 'tops'), count('2,122', 2122), 'compatible'],
    ['over 500 jobs vs 480 jobs', count('over 500 jobs', 500, 'over'), count('480 jobs', 480), 'major'],
    ['magnitude 6.8 vs magnitude 7.0: 7.0 is written to the tenth', q('magnitude 6.8', 6.8, 'magnitude', 6.8, 'magnitude'), q('magnitude 7.0', 7, 'magnitude', 7, 'magnitude'), 'major'],
    ['magnitude 6.8 vs magnitude 7: 7 may round 6.8', q('magnitude 6.8', 6.8, 'magnitude', 6.8, 'magnitude'), q('magnitude 7', 7, 'magnitude', 7, 'magnitude'), 'minor'],
  ] as const;
  it.each(cases)('%s', (_name, a, b, expected) => {
    expect(compareQuantities(a, b).agreement).toBe(expected);
    expect(compareQuantities(b, a).agreement).toBe(expected);
  });

  it('reports the relative gap after normalisation', () => {
    expect(compareQuantities(q('129 km', 129, 'km', 129, 'km'), q('130 km', 130, 'km', 130, 'km')).relativeGap).toBeCloseTo(1 / 130, 4);
  });
});

describe('tolerance', () => {
  const cases = [
    ['130 km', q('130 km', 130, 'km', 130, 'km'), 5],
    ['129 km', q('129 km', 129, 'km', 129, 'km'), 0.5],
    ['6.7 m', q('6.7 m', 6.7, 'm', 6.7, 'm'), 0.05],
    ['1,600 feet in km', q('1,600 feet', 1600, 'ft', 0.48768, 'km'), 0.01524],
    ['magnitude 7.0: the tenth as written', q('magnitude 7.0', 7, 'magnitude', 7, 'magnitude'), 0.05],
    ['magnitude 7', q('magnitude 7', 7, 'magnitude', 7, 'magnitude'), 0.5],
  ] as const;
  it.each(cases)('%s', (_name, quantity, expected) => {
    expect(tolerance(quantity)).toBeCloseTo(expected, 6);
  });
});
