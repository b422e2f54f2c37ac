export { SpanSchema, IsoDateSchema, DiagnosticSchema } from './common.ts';
export type { Span, Diagnostic } from './common.ts';
export { ArticleSchema, ArticleFormatSchema, CreditSchema, OutletSchema } from './article.ts';
export type { Article, ArticleInput, ArticleFormat, Credit, Outlet } from './article.ts';
export {
  EditSchema,
  EditKindSchema,
  FlagSchema,
  SpinReportSchema,
  SpinSubstitutionSchema,
} from './edit.ts';
export type { Edit, EditKind, Flag, SpinReport, SpinSubstitution } from './edit.ts';
export { SentenceSchema } from './sentence.ts';
export type { Sentence } from './sentence.ts';
export { CleanArticleSchema, SegmentedArticleSchema } from './clean-article.ts';
export type { CleanArticle, SegmentedArticle } from './clean-article.ts';
export {
  AttributionSchema,
  ClaimSchema,
  EntityMentionSchema,
  EntitySchema,
  EntityTypeSchema,
  ModalitySchema,
  QuantitySchema,
  QuoteSchema,
  TimeExpressionSchema,
} from './claim.ts';
export type {
  Attribution,
  Claim,
  Entity,
  EntityMention,
  EntityType,
  Modality,
  Quantity,
  Quote,
  TimeExpression,
} from './claim.ts';
export {
  ClaimClusterSchema,
  ClusterStatusSchema,
  ConflictPositionSchema,
  ConflictSchema,
  CoverageSchema,
  DigestArticleSchema,
  DigestSchema,
  MatrixRowSchema,
  OutletSummarySchema,
  QuoteEntrySchema,
  SummaryLineSchema,
  TimelineEntrySchema,
} from './digest.ts';
export type {
  ClaimCluster,
  ClusterStatus,
  Conflict,
  ConflictPosition,
  Coverage,
  Digest,
  DigestArticle,
  MatrixRow,
  OutletSummary,
  QuoteEntry,
  SummaryLine,
  TimelineEntry,
} from './digest.ts';
