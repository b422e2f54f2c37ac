import { createDigestSource, type DigestSource } from './digest-source.ts';

export interface Context {
  source: DigestSource;
}

/**
 * The router's context, built without any transport: tests, the CLI (in process) and the web route
 * all call this. Pass a shared `source` so the digest is computed once per process.
 */
export function createContextInner(options: { source?: DigestSource; corpusDir?: string } = {}): Context {
  return { source: options.source ?? createDigestSource(options.corpusDir) };
}
