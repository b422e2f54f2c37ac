import { isTRPCClientError } from '@trpc/client';
import type { Diagnostic } from '@parallax/core';
import { EXIT, type ExitCode } from '../exit-codes.ts';

/** Where a command writes: the result to `out` (stdout), everything else to `err` (stderr). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const PROCESS_IO: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** The message to show for a failure: the router's message, never a stack. */
export function errorMessage(error: unknown): string {
  if (isTRPCClientError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Files ingest could not read: each is named in its diagnostic's message. */
export function skippedFiles(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.stage === 'ingest' && diagnostic.severity === 'error');
}

/**
 * Print ingest diagnostics on stderr and choose the exit code: 3 when a file was skipped.
 * Notes (an unsupported file type) and warnings (a bad manifest) are shown but do not fail the run.
 */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], io: Io): ExitCode {
  for (const diagnostic of diagnostics) {
    if (diagnostic.stage !== 'ingest') continue;
    const label = diagnostic.severity === 'error' ? 'skipped' : diagnostic.severity === 'warning' ? 'warning' : 'note';
    io.err(`parallax: ${label}: ${diagnostic.message}\n`);
  }
  return skippedFiles(diagnostics).length > 0 ? EXIT.skipped : EXIT.ok;
}

/** Compact JSON on one line: what scripts and `jq` expect. */
export function printJson(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value)}\n`);
}
