import { convert, getMeasureKind, MeasureKind } from 'convert';

/** A value in its base unit, ready to compare across outlets. */
export interface Normalized {
  value: number;
  valueMax?: number;
  unit: string;
  dimension: string;
}

/** How a unit is written in a claim, and how `convert` knows it. */
interface UnitInfo {
  unit: string;
  /** `convert`'s name for it; a speed is distance per time. */
  from: string | [distance: string, time: string];
}

// Recognizers-Text unit names -> spelling in claims and the `convert` unit. Unlisted names fall back
// to `convert` on the lower-cased name.
const UNITS: Record<string, UnitInfo> = {
  kilometer: { unit: 'km', from: 'km' },
  meter: { unit: 'm', from: 'm' },
  centimeter: { unit: 'cm', from: 'cm' },
  millimeter: { unit: 'mm', from: 'mm' },
  mile: { unit: 'mile', from: 'mi' },
  yard: { unit: 'yard', from: 'yd' },
  foot: { unit: 'ft', from: 'ft' },
  inch: { unit: 'inch', from: 'in' },
  'kilometer per hour': { unit: 'km/h', from: ['km', 'h'] },
  'mile per hour': { unit: 'mph', from: ['mi', 'h'] },
  'meter per second': { unit: 'm/s', from: ['m', 's'] },
  knot: { unit: 'knot', from: ['nmi', 'h'] },
  kilogram: { unit: 'kg', from: 'kg' },
  gram: { unit: 'g', from: 'g' },
  'metric ton': { unit: 'tonne', from: 't' },
  ton: { unit: 'tonne', from: 't' },
  pound: { unit: 'lb', from: 'lb' },
  stone: { unit: 'stone', from: 'st' },
  ounce: { unit: 'oz', from: 'oz' },
  liter: { unit: 'litre', from: 'l' },
  gallon: { unit: 'gallon', from: 'gal' },
  'square kilometer': { unit: 'km2', from: 'km2' },
  'square mile': { unit: 'sq mi', from: 'sq mi' },
  acre: { unit: 'acre', from: 'ac' },
  hectare: { unit: 'hectare', from: 'ha' },
  c: { unit: '°C', from: 'C' },
  f: { unit: '°F', from: 'F' },
  degree: { unit: '°C', from: 'C' },
};

// Small lengths (calibres, rainfall) stay in mm; everything else in km.
const SMALL_LENGTHS = new Set(['mm', 'cm', 'in']);
const BASE: Partial<Record<MeasureKind, [unit: string, dimension: string]>> = {
  [MeasureKind.Length]: ['km', 'length'],
  [MeasureKind.Mass]: ['kg', 'mass'],
  [MeasureKind.Area]: ['km2', 'area'],
  [MeasureKind.Volume]: ['l', 'volume'],
  [MeasureKind.Temperature]: ['C', 'temperature'],
  [MeasureKind.Time]: ['s', 'duration'],
  [MeasureKind.Data]: ['B', 'data'],
  [MeasureKind.Energy]: ['J', 'energy'],
  [MeasureKind.Power]: ['W', 'power'],
};

// Calendar units have no fixed length in seconds: months are their common base.
const CALENDAR_MONTHS: Record<string, number> = { month: 1, year: 12, decade: 120, century: 1200 };
const CLOCK_UNITS: Record<string, string> = {
  second: 's', minute: 'min', hour: 'h', day: 'd', week: 'wk', fortnight: 'wk',
};

/**
 * Spelling and base-unit value of a measured quantity; recognizer unit names (`Kilometer`,
 * `Mile per hour`) or plain unit names (`miles`, `kg`).
 *
 * @example
 * normalizeMeasure(80, undefined, 'Mile'); // { unit: 'mile', normalized: { value: 128.748, unit: 'km', dimension: 'length' } }
 */
export function normalizeMeasure(
  value: number,
  valueMax: number | undefined,
  name: string,
): { unit: string; normalized: Normalized } | undefined {
  const key = name.toLowerCase();
  const info = UNITS[key] ?? { unit: key, from: key };
  const toBase = baseConverter(info.from);
  if (!toBase) return undefined;
  const normalized: Normalized = { value: round(toBase.fn(value)), unit: toBase.unit, dimension: toBase.dimension };
  if (valueMax !== undefined) normalized.valueMax = round(toBase.fn(valueMax));
  return { unit: info.unit, normalized };
}

/**
 * A duration or age in base units: clock units in seconds, calendar units in months.
 *
 * @example
 * normalizeDuration(18, undefined, 'month', 'age'); // { value: 18, unit: 'month', dimension: 'age' }
 */
export function normalizeDuration(
  value: number,
  valueMax: number | undefined,
  unit: string,
  dimension: 'duration' | 'age',
): Normalized | undefined {
  const singular = unit.toLowerCase().replace(/(?<=centur)ies$/, 'y').replace(/s$/, '');
  const months = CALENDAR_MONTHS[singular];
  const clock = CLOCK_UNITS[singular];
  const factor = months ?? (clock ? convert(singular === 'fortnight' ? 2 : 1, clock as 'h').to('s') : undefined);
  if (factor === undefined) return undefined;
  const normalized: Normalized = { value: round(value * factor), unit: months ? 'month' : 's', dimension };
  if (valueMax !== undefined) normalized.valueMax = round(valueMax * factor);
  return normalized;
}

function baseConverter(from: UnitInfo['from']): { fn: (v: number) => number; unit: string; dimension: string } | undefined {
  if (Array.isArray(from)) {
    const [distance, time] = from;
    const perHour = convert(1, distance as 'km').to('km') / convert(1, time as 'h').to('h');
    return { fn: (v) => v * perHour, unit: 'km/h', dimension: 'speed' };
  }
  const kind = getMeasureKind(from);
  const base = kind === undefined ? undefined : BASE[kind];
  if (!base) return undefined;
  const unit = SMALL_LENGTHS.has(from) ? 'mm' : base[0];
  return { fn: (v) => convert(v, from as 'km').to(unit as 'km'), unit, dimension: base[1] };
}

/** Six significant digits: enough to tell 59 from 60, and stable across platforms. */
export function round(value: number): number {
  return Number(value.toPrecision(6));
}
