import path from 'node:path';
import { z } from 'zod';

const optionalText = z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().optional());

const EnvSchema = z.object({
  /** A folder of articles to digest instead of the embedded corpus. */
  PARALLAX_CORPUS: optionalText,
  /** Where the user started pnpm: a relative PARALLAX_CORPUS means relative to there. */
  INIT_CWD: optionalText,
});

export interface WebEnv {
  /** Absolute corpus folder, or undefined for the embedded corpus. */
  corpusDir: string | undefined;
}

/**
 * Validate the environment once. The corpus folder comes only from here, never from a request.
 *
 * @example
 * parseEnv({ PARALLAX_CORPUS: 'stories/floods', INIT_CWD: '/home/me' }, '/srv') // { corpusDir: '/home/me/stories/floods' }
 */
export function parseEnv(raw: Record<string, string | undefined>, cwd: string): WebEnv {
  const parsed = EnvSchema.parse(raw);
  const base = parsed.INIT_CWD ?? cwd;
  return { corpusDir: parsed.PARALLAX_CORPUS === undefined ? undefined : path.resolve(base, parsed.PARALLAX_CORPUS) };
}

export const env: WebEnv = parseEnv(process.env, process.cwd());
