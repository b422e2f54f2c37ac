import { z } from 'zod';

/** A half-open character range `[start, end)` into some text (UTF-16 code units, as JS strings index). */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

/** An ISO calendar date, `YYYY-MM-DD`, optionally with a time (`YYYY-MM-DDTHH:mm`). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, 'expected an ISO date such as 2023-09-11');

/** A problem found in the input that the pipeline worked around: data, not an exception. */
export const DiagnosticSchema = z.object({
  stage: z.enum(['ingest', 'clean', 'segment', 'claims', 'digest']),
  rule: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  /** The file the problem is about, as the user named it. */
  file: z.string().optional(),
  articleId: z.string().optional(),
  span: SpanSchema.optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
