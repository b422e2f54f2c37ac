// The public surface of @parallax/core, listed by name. Each stage also has its own subpath
// (`@parallax/core/clean`, `@parallax/core/claims`, …) exporting its building blocks.
export {
  ArticleFormatSchema,
  ArticleSchema,
  AttributionSchema,
  ClaimClusterSchema,
  ClaimSchema,
  CleanArticleSchema,
  ClusterStatusSchema,
  ConflictPositionSchema,
  ConflictSchema,
  CoverageSchema,
  CreditSchema,
  DiagnosticSchema,
  DigestArticleSchema,
  DigestSchema,
  EditKindSchema,
  EditSchema,
  EntityMentionSchema,
  EntitySchema,
  EntityTypeSchema,
  FlagSchema,
  IsoDateSchema,
  MatrixRowSchema,
  ModalitySchema,
  OutletSchema,
  OutletSummarySchema,
  QuantitySchema,
  QuoteEntrySchema,
  QuoteSchema,
  SegmentedArticleSchema,
  SentenceSchema,
  SpanSchema,
  SpinReportSchema,
  SpinSubstitutionSchema,
  TimeExpressionSchema,
  TimelineEntrySchema,
} from './model/index.ts';
export type {
  Article,
  ArticleFormat,
  ArticleInput,
  Attribution,
  Claim,
  ClaimCluster,
  CleanArticle,
  ClusterStatus,
  Conflict,
  ConflictPosition,
  Coverage,
  Credit,
  Diagnostic,
  Digest,
  DigestArticle,
  Edit,
  EditKind,
  Entity,
  EntityMention,
  EntityType,
  Flag,
  MatrixRow,
  Modality,
  Outlet,
  OutletSummary,
  Quantity,
  Quote,
  QuoteEntry,
  SegmentedArticle,
  Sentence,
  Span,
  SpinReport,
  SpinSubstitution,
  TimeExpression,
  TimelineEntry,
} from './model/index.ts';
export { ArticleReadError, CorpusError, isArticleReadError, isCorpusError } from './errors.ts';
export { EMBEDDED_CORPUS_DIR, loadCorpus, readArticleFile } from './ingest/index.ts';
export type { Corpus } from './ingest/index.ts';
export { cleanArticle, cleanCorpus } from './clean/index.ts';
export {
  applyEdits,
  buildCleanContext,
  repairChrome,
  repairCredits,
  repairHeadline,
  repairHomoglyphs,
  repairMarkup,
  repairUnicode,
  repairWhitespace,
  revertEdits,
} from './clean/index.ts';
export type { CleanContext, Repair } from './clean/index.ts';
export { segmentArticle, splitSentences } from './segment/index.ts';
export type { SentenceSpan } from './segment/index.ts';
export { extractClaims, extractCorpusClaims } from './claims/index.ts';
export type { CorpusClaims } from './claims/index.ts';
export { assembleDigest } from './digest/index.ts';
export type { DigestInput } from './digest/index.ts';
export { buildDigest } from './pipeline.ts';
