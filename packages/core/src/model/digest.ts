import { z } from 'zod';
import { CreditSchema, OutletSchema } from './article.ts';
import { ClaimSchema, EntitySchema, ModalitySchema } from './claim.ts';
import { DiagnosticSchema, IsoDateSchema } from './common.ts';
import { EditKindSchema, EditSchema, FlagSchema, SpinReportSchema } from './edit.ts';
import { SentenceSchema } from './sentence.ts';

/** An article as the digest carries it: clean text, its sentences and edits, and its summary. */
export const DigestArticleSchema = z.object({
  id: z.string(),
  outletId: z.string(),
  title: z.string(),
  /** The file name the article came from. */
  source: z.string(),
  url: z.string().optional(),
  publishedAt: IsoDateSchema.optional(),
  cleanText: z.string(),
  sentences: z.array(SentenceSchema),
  edits: z.array(EditSchema),
  flags: z.array(FlagSchema),
  credits: z.array(CreditSchema),
  spin: SpinReportSchema,
  /** 3–5 sentences chosen for coverage without redundancy. */
  summary: z.array(z.string()),
});
export type DigestArticle = z.infer<typeof DigestArticleSchema>;

export const ClusterStatusSchema = z.enum(['corroborated', 'single-source', 'disputed']);
export type ClusterStatus = z.infer<typeof ClusterStatusSchema>;

/** Claims from one or more outlets that state the same thing. */
export const ClaimClusterSchema = z.object({
  id: z.string(),
  /** The clearest wording among its claims. */
  label: z.string(),
  /** The claim whose wording is the label. */
  labelClaimId: z.string(),
  claimIds: z.array(z.string()),
  sentenceIds: z.array(z.string()),
  outletIds: z.array(z.string()),
  /** Outlets counted once per lineage (shared wire copy or spun rewrites count once). */
  independentSupport: z.number().int().nonnegative(),
  /** Groups of outlets in this cluster that share copy. */
  lineages: z.array(z.array(z.string())),
  status: ClusterStatusSchema,
  /** The strongest certainty any outlet gives the claim, and each outlet's. */
  modalityByOutlet: z.record(z.string(), ModalitySchema),
  /** The highest check-worthiness of its claims. */
  checkworthiness: z.number().min(0).max(1),
  conflictIds: z.array(z.string()),
});
export type ClaimCluster = z.infer<typeof ClaimClusterSchema>;

export const ConflictPositionSchema = z.object({
  outletId: z.string(),
  claimId: z.string(),
  sentenceId: z.string(),
  /** The claim text (or quantity/time as written) this position rests on. */
  text: z.string(),
  value: z.number().optional(),
  unit: z.string().optional(),
  modality: ModalitySchema.optional(),
});
export type ConflictPosition = z.infer<typeof ConflictPositionSchema>;

/** A disagreement between outlets, typed, with every position kept. */
export const ConflictSchema = z.object({
  id: z.string(),
  kind: z.enum(['numeric', 'temporal', 'assertive', 'certainty']),
  severity: z.enum(['minor', 'major']),
  summary: z.string(),
  clusterId: z.string().optional(),
  /** Numeric conflicts: |a-b| / max(|a|,|b|) after normalisation. */
  relativeGap: z.number().optional(),
  /** Numeric conflicts: what is measured and in which base unit. */
  dimension: z.string().optional(),
  positions: z.array(ConflictPositionSchema).min(2),
});
export type Conflict = z.infer<typeof ConflictSchema>;

/** One quoted string, aligned across the outlets that carry it. */
export const QuoteEntrySchema = z.object({
  id: z.string(),
  speaker: z.string().nullable(),
  speakerEntityId: z.string().optional(),
  /** The quote as the clearest outlet gives it. */
  text: z.string(),
  outletIds: z.array(z.string()),
  claimIds: z.array(z.string()),
  variants: z.array(
    z.object({
      outletId: z.string(),
      claimId: z.string(),
      text: z.string(),
      /** Word-level differences from `text`: `-word` removed, `+word` added. */
      differences: z.array(z.string()),
    }),
  ),
  /** Set when an outlet presents as a direct quote words others give as paraphrase, or alters them. */
  integrity: z.enum(['verbatim', 'altered', 'paraphrase-as-quote', 'single-source']),
});
export type QuoteEntry = z.infer<typeof QuoteEntrySchema>;

export const TimelineEntrySchema = z.object({
  id: z.string(),
  /** Event time, ISO, when resolved; else absent and `when` says it in words. */
  date: IsoDateSchema.optional(),
  /**
   * Event time at the precision the sources give it, ISO: `2019`, `2019-04` or `2023-09-10`; sorts
   * entries of every grain together (`date` holds calendar days only).
   */
  period: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected 2019, 2019-04 or 2019-04-25').optional(),
  when: z.string(),
  text: z.string(),
  clusterId: z.string().optional(),
  claimIds: z.array(z.string()),
  outletIds: z.array(z.string()),
  /** When the reports were published, per outlet, where known. */
  reportedAt: z.array(z.object({ outletId: z.string(), date: IsoDateSchema })),
  /** Outlets place this event at different times. */
  disputed: z.boolean(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const CoverageSchema = z.enum(['reports', 'hedges', 'contradicts', 'omits']);
export type Coverage = z.infer<typeof CoverageSchema>;

export const MatrixRowSchema = z.object({
  clusterId: z.string(),
  cells: z.record(z.string(), CoverageSchema),
});
export type MatrixRow = z.infer<typeof MatrixRowSchema>;

export const OutletSummarySchema = z.object({
  outletId: z.string(),
  /** 3–5 sentences covering what this outlet says. */
  summary: z.array(z.string()),
  summarySentenceIds: z.array(z.string()),
  /** Clusters only this outlet reports. */
  exclusiveClusterIds: z.array(z.string()),
  /** Clusters most other outlets report that this one leaves out. */
  omittedClusterIds: z.array(z.string()),
  headline: z.object({
    text: z.string(),
    supported: z.boolean(),
    /** Body sentences that support the headline. */
    supportingSentenceIds: z.array(z.string()),
  }),
  integrity: z.object({
    editsByKind: z.partialRecord(EditKindSchema, z.number().int().nonnegative()),
    flagCount: z.number().int().nonnegative(),
    spinScore: z.number().min(0).max(1),
    /** Share of the raw text the cleaner changed, 0..1. */
    noise: z.number().min(0).max(1),
  }),
});
export type OutletSummary = z.infer<typeof OutletSummarySchema>;

/**
 * One line of the digest summary with the receipts it rests on: the clusters or the conflict it states,
 * and the claims and source sentences behind them. Every line has at least one sentence.
 */
export const SummaryLineSchema = z.object({
  text: z.string(),
  /** What the line states: a cluster's claim with its support, or a conflict between outlets. */
  kind: z.enum(['cluster', 'conflict']),
  clusterIds: z.array(z.string()),
  conflictIds: z.array(z.string()),
  claimIds: z.array(z.string()),
  sentenceIds: z.array(z.string()).min(1),
});
export type SummaryLine = z.infer<typeof SummaryLineSchema>;

/** The whole cross-source digest: the public JSON contract of `parallax digest --json`. */
export const DigestSchema = z.object({
  schemaVersion: z.literal(1),
  corpus: z.object({
    name: z.string(),
    title: z.string().optional(),
    articleCount: z.number().int().nonnegative(),
  }),
  articles: z.array(DigestArticleSchema),
  outlets: z.array(OutletSchema),
  entities: z.array(EntitySchema),
  claims: z.array(ClaimSchema),
  /**
   * Ranked by independent support, then by outlets, then by check-worthiness, then by label claim id;
   * ids follow the rank (`cluster-001` first). Front ends render this order.
   */
  clusters: z.array(ClaimClusterSchema),
  /** Major first, then by kind (numeric, temporal, assertive, certainty), then by the claims involved; ids follow. */
  conflicts: z.array(ConflictSchema),
  quotes: z.array(QuoteEntrySchema),
  /** In time order (a year or month among the days it holds), entries with no time last; ids follow. */
  timeline: z.array(TimelineEntrySchema),
  matrix: z.array(MatrixRowSchema),
  outletSummaries: z.array(OutletSummarySchema),
  /** The cross-source digest in 5–8 sentences, most independently corroborated first. */
  summary: z.array(z.string()),
  /** The same lines with their receipts: `summaryLines[i].text === summary[i]`. */
  summaryLines: z.array(SummaryLineSchema),
  diagnostics: z.array(DiagnosticSchema),
}).refine(
  (digest) => digest.summaryLines.length === digest.summary.length && digest.summaryLines.every((line, i) => line.text === digest.summary[i]),
  { message: 'summaryLines[i].text must equal summary[i]', path: ['summaryLines'] },
);
export type Digest = z.infer<typeof DigestSchema>;
