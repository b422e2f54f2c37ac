/** One section of `pnpm bench`: a titled list of measured figures. */
export interface BenchSection {
  title: string;
  /** Figures as `label: value` rows; speeds as ratios to a baseline measured in the same run. */
  rows: Array<[label: string, value: string]>;
  /** Set when the section could not run (e.g. shared data absent): printed instead of rows. */
  skipped?: string;
}

/** Median wall time in ms of `runs` calls of `fn` after one warm-up call. */
export function medianMs(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export const percent = (part: number, whole: number): string =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;
