import type { ClusterStatus, Coverage, Modality } from '@parallax/core';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;
const ISO_MONTH_RE = /^(\d{4})-(\d{2})$/;
const NUMBER_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/**
 * A count with its noun.
 *
 * @example
 * plural(1, 'outlet') // '1 outlet'
 * plural(3, 'outlet') // '3 outlets'
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${NUMBER_FORMAT.format(count)} ${count === 1 ? singular : pluralForm}`;
}

/**
 * How many outlets carry a cluster, and how many of them independently.
 *
 * @example
 * formatSupport({ outletIds: ['a', 'b', 'c', 'd'], independentSupport: 3 }) // '4 outlets, 3 independent'
 */
export function formatSupport(cluster: { outletIds: readonly string[]; independentSupport: number }): string {
  const outlets = cluster.outletIds.length;
  if (outlets <= 1) return plural(outlets, 'outlet');
  return `${plural(outlets, 'outlet')}, ${NUMBER_FORMAT.format(cluster.independentSupport)} independent`;
}

/**
 * A share 0..1 as a whole percentage; a small non-zero share never reads as 0%.
 *
 * @example
 * formatPercent(0.1234) // '12%'
 * formatPercent(0.001) // '<1%'
 */
export function formatPercent(ratio: number): string {
  if (ratio > 0 && ratio < 0.005) return '<1%';
  return `${Math.round(ratio * 100)}%`;
}

/**
 * A number as a reader expects it: thousands separated, at most two decimals.
 *
 * @example
 * formatNumber(1099) // '1,099'
 */
export function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}

/**
 * A value with its unit.
 *
 * @example
 * formatQuantity(59, 'km/h') // '59 km/h'
 * formatQuantity(12, '%') // '12%'
 */
export function formatQuantity(value: number, unit: string | undefined): string {
  if (!unit) return formatNumber(value);
  return unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`;
}

/**
 * An ISO date in words, without locale or time-zone surprises (the same on every server).
 *
 * @example
 * formatDate('2023-09-11') // '11 Sep 2023'
 * formatDate('2023-09-11T14:05') // '11 Sep 2023, 14:05'
 */
export function formatDate(iso: string): string {
  const match = ISO_DATE_RE.exec(iso);
  if (!match) return iso;
  const [, year, month, day, hour, minute] = match;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) return iso;
  const date = `${Number(day)} ${monthName} ${year}`;
  return hour && minute ? `${date}, ${hour}:${minute}` : date;
}

/**
 * An ISO period at its own precision: a day as `formatDate` gives it, a month or a year as written.
 *
 * @example
 * formatPeriod('2019') // '2019'
 * formatPeriod('2019-04') // 'Apr 2019'
 * formatPeriod('2019-04-25') // '25 Apr 2019'
 */
export function formatPeriod(period: string): string {
  const month = ISO_MONTH_RE.exec(period);
  if (!month) return formatDate(period);
  const [, year, number] = month;
  const name = MONTHS[Number(number) - 1];
  return name ? `${name} ${year}` : period;
}

/**
 * Shorten text at a word boundary.
 *
 * @example
 * truncate('The bridge reopened on Friday morning', 20) // 'The bridge reopened…'
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export const STATUS_LABELS: Record<ClusterStatus, string> = {
  corroborated: 'Corroborated',
  'single-source': 'Single source',
  disputed: 'Disputed',
};

export const COVERAGE_LABELS: Record<Coverage, { symbol: string; label: string }> = {
  reports: { symbol: '●', label: 'reports' },
  hedges: { symbol: '◐', label: 'hedges' },
  contradicts: { symbol: '✕', label: 'contradicts' },
  omits: { symbol: '·', label: 'omits' },
};

export const MODALITY_LABELS: Record<Modality, string> = {
  asserted: 'states',
  reported: 'cites a source',
  hedged: 'hedges',
  denied: 'denies',
  question: 'asks',
};
