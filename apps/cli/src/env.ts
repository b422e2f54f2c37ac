import { z } from 'zod';

/** The environment variables the CLI reads, validated once. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
});

export const env = EnvSchema.parse(process.env);

/**
 * React picks its build from NODE_ENV when first loaded; unset, it runs the development build, several
 * times slower for every keypress. Call before the UI is imported.
 */
export function preferProductionReact(): void {
  if (env.NODE_ENV === undefined) process.env.NODE_ENV = 'production';
}
