import { z } from 'zod';
import { ArticleSchema, CreditSchema } from './article.ts';
import { DiagnosticSchema } from './common.ts';
import { EditKindSchema, EditSchema, FlagSchema, SpinReportSchema } from './edit.ts';
import { SentenceSchema } from './sentence.ts';

/** An article after cleaning: the raw article kept whole, the clean text, and every repair. */
export const CleanArticleSchema = z.object({
  article: ArticleSchema,
  /** The title after cleaning (category labels and look-alike letters repaired). */
  title: z.string(),
  cleanText: z.string(),
  edits: z.array(EditSchema),
  flags: z.array(FlagSchema),
  /** Credits the cleaner moved out of the body, plus those ingest found. */
  credits: z.array(CreditSchema),
  spin: SpinReportSchema,
  /** Edits by kind, for the integrity report. */
  editCounts: z.partialRecord(EditKindSchema, z.number().int().nonnegative()),
  diagnostics: z.array(DiagnosticSchema),
});
export type CleanArticle = z.infer<typeof CleanArticleSchema>;

/** A clean article split into sentences: what claim extraction reads. */
export const SegmentedArticleSchema = CleanArticleSchema.extend({
  sentences: z.array(SentenceSchema),
});
export type SegmentedArticle = z.infer<typeof SegmentedArticleSchema>;
