import { z } from 'zod';

/**
 * What kind of repair an edit is. One kind per repair in `clean/`; `rule` says which rule of it fired.
 */
export const EditKindSchema = z.enum([
  'unicode', // normalisation: NFC, invisible characters, odd spaces
  'homoglyph', // a Cyrillic/Greek look-alike letter inside a Latin word
  'chrome', // site furniture: comment forms, related links, captions, category labels
  'credit', // a credit line moved to metadata
  'repetition', // a phrase repeated in a loop, collapsed
  'sentence', // a broken sentence joined or split: `Ukraine. in 2022.`
  'abbreviation', // a spaced abbreviation closed up: `U. S.` -> `U.S.`
  'debris', // translation debris: `[y]`
  'quote', // an unbalanced or misplaced quotation mark
  'spelling', // a misspelt name corrected from corpus evidence: `Krelim` -> `Kremlin`
  'whitespace', // runs of spaces, blank-line runs, trailing space
  'markup', // Markdown or HTML markup left in the text: '## Title' -> 'Title'
]);
export type EditKind = z.infer<typeof EditKindSchema>;

/**
 * One repair. `start`/`end` index the ORIGINAL text; `before` is exactly `original.slice(start, end)`;
 * `after` is what replaced it. `cleanStart`/`cleanEnd` locate `after` in the clean text. Edits never
 * overlap, so applying them in reverse restores the original byte for byte.
 */
export const EditSchema = z.object({
  kind: EditKindSchema,
  /** The rule inside the repair that fired: `mixed-script-token`, `comment-form`, `lowercase-continuation`… */
  rule: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  before: z.string(),
  after: z.string(),
  cleanStart: z.number().int().nonnegative(),
  cleanEnd: z.number().int().nonnegative(),
  /** How sure the cleaner is, 0..1. Uncertain findings become flags, not edits. */
  confidence: z.number().min(0).max(1),
  /** Why: `'Kremlin' occurs 9 times in 4 articles; 'Krelim' once`. */
  evidence: z.string().optional(),
});
export type Edit = z.infer<typeof EditSchema>;

/** A finding the cleaner is not sure enough to repair: kept in the text, shown to the user. */
export const FlagSchema = z.object({
  kind: z.enum(['spin', 'quote', 'sentence', 'spelling', 'repetition', 'chrome', 'homoglyph']),
  rule: z.string(),
  /** Span in the CLEAN text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  message: z.string(),
  /** The wording another outlet uses, or the likely repair. */
  suggestion: z.string().optional(),
});
export type Flag = z.infer<typeof FlagSchema>;

/** One word-level substitution between an article and aligned wire copy in another outlet. */
export const SpinSubstitutionSchema = z.object({
  /** The word(s) in this article: `imaginable`. */
  original: z.string(),
  /** The common wording in the aligned sentence of another outlet: `possible`. */
  common: z.string(),
  /** Span of `original` in the clean text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentenceId: z.string().optional(),
  /** The article whose sentence gives the common wording. */
  alignedArticleId: z.string(),
});
export type SpinSubstitution = z.infer<typeof SpinSubstitutionSchema>;

export const SpinReportSchema = z.object({
  /** 0..1: the share of aligned content words that a spinner replaced. 0 when nothing aligns. */
  score: z.number().min(0).max(1),
  /** How many of this article's sentences align with a sentence in another article. */
  alignedSentences: z.number().int().nonnegative(),
  substitutions: z.array(SpinSubstitutionSchema),
  /** Articles this one shares copy with (aligned sentences), most shared first. */
  alignedArticleIds: z.array(z.string()),
});
export type SpinReport = z.infer<typeof SpinReportSchema>;
