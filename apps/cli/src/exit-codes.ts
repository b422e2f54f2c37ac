/** What the process tells its caller. Scripts rely on these numbers: never renumber. */
export const EXIT = {
  ok: 0,
  error: 1,
  usage: 2,
  /** The command ran, but some input files could not be read and were skipped. */
  skipped: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
