import { z } from 'zod';
import { IsoDateSchema } from './common.ts';

export const EntityTypeSchema = z.enum(['person', 'place', 'organisation', 'country', 'other']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** A named thing, resolved across the whole corpus: `Kim Jong Un` with aliases `Kim Jong-un`, `Mr Kim`. */
export const EntitySchema = z.object({
  /** Slug of the canonical name: `kim-jong-un`. */
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  /** Roles the sources give: `Kremlin spokesman`. */
  roles: z.array(z.string()),
  /** A country or place this entity may stand for (`Pyongyang` -> `north-korea`). */
  standsFor: z.string().optional(),
  mentionCount: z.number().int().nonnegative(),
});
export type Entity = z.infer<typeof EntitySchema>;

export const EntityMentionSchema = z.object({
  entityId: z.string(),
  text: z.string(),
  /** Span in the article's clean text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type EntityMention = z.infer<typeof EntityMentionSchema>;

/** A number with its unit, as written and normalised to a base unit (`80 miles` -> 128.7 km). */
export const QuantitySchema = z.object({
  value: z.number(),
  /** Upper bound of a range (`five to six hours`), else absent. */
  valueMax: z.number().optional(),
  /** The unit as the text has it, normalised in spelling: `km`, `mph`, `month`, `shell`, `mm`. */
  unit: z.string(),
  /** As written: `about 60 km/h`. */
  text: z.string(),
  /** Span in the text given to the extractor (the article's clean text for claims). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  normalized: z.object({
    value: z.number(),
    valueMax: z.number().optional(),
    /** Base unit: `km`, `km/h`, `kg`, `s`, `month`, `year`, `mm`, `USD`, `%`, or a count noun. */
    unit: z.string(),
  }),
  /** What is measured: `speed`, `length`, `duration`, `age`, `count`, `money`… */
  dimension: z.string(),
  /** `about`, `approximately`, `some`, `nearly`, `at least`… */
  approximate: z.boolean(),
  qualifier: z.string().optional(),
  /**
   * Counts: what happened to the things counted, as a class, where the words say (`2,012 people had
   * died` and `the death toll rose to 2,012` -> `dead`; `2,059 were hurt` -> `injured`; `missing`…).
   */
  outcome: z.string().optional(),
});
export type Quantity = z.infer<typeof QuantitySchema>;

/** A direct quote and who said it. */
export const QuoteSchema = z.object({
  text: z.string(),
  /** The speaker as resolved (`Dmitry Peskov`), or null when no speaker can be found. */
  speaker: z.string().nullable(),
  speakerEntityId: z.string().optional(),
  /** The words that name the speaker in the source: `said Kremlin spokesman Dmitry Peskov`. */
  cue: z.string().optional(),
  /** Span of the quoted words (without quotation marks) in the text given to the extractor. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** A few quoted words inside a sentence of reported speech. */
  partial: z.boolean(),
  /** The quotation marks do not balance in the source. */
  unbalanced: z.boolean(),
});
export type Quote = z.infer<typeof QuoteSchema>;

/** A time expression: resolved to a date where the article's date allows, else kept relative. */
export const TimeExpressionSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** ISO date (or date-time) when resolved. */
  resolved: IsoDateSchema.optional(),
  /** End of a range (`between 2018 and 2019`). */
  resolvedEnd: IsoDateSchema.optional(),
  grain: z.enum(['year', 'month', 'week', 'day', 'part-of-day', 'time']),
  /** Written relative to the report (`on Monday`, `last week`). */
  relative: z.boolean(),
  /** `afternoon`, `night`: kept to tell apart events on the same day. */
  partOfDay: z.string().optional(),
});
export type TimeExpression = z.infer<typeof TimeExpressionSchema>;

export const ModalitySchema = z.enum(['asserted', 'reported', 'hedged', 'denied', 'question']);
export type Modality = z.infer<typeof ModalitySchema>;

/** Who the outlet credits for a claim. */
export const AttributionSchema = z.object({
  /** `KCNA`, `Dmitry Peskov`, `analysts`, `unnamed South Korean government sources`. */
  source: z.string(),
  kind: z.enum(['agency', 'official', 'analyst', 'unnamed', 'outlet', 'person', 'organisation', 'government']),
  entityId: z.string().optional(),
  /** The cue as written: `according to North Korea's KCNA news agency`. */
  text: z.string(),
});
export type Attribution = z.infer<typeof AttributionSchema>;

/** One atomic, checkable statement from one sentence of one article. */
export const ClaimSchema = z.object({
  /** `${sentenceId}#c${n}`. */
  id: z.string(),
  articleId: z.string(),
  outletId: z.string(),
  sentenceId: z.string(),
  /** The claim as a plain declarative statement. */
  text: z.string(),
  /** Span of the claim in the article's clean text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The main actor, as an entity id, when found. */
  subjectEntityId: z.string().optional(),
  /** The main verb lemma: `meet`, `travel`, `say`. */
  predicate: z.string().optional(),
  entities: z.array(EntityMentionSchema),
  quantities: z.array(QuantitySchema),
  times: z.array(TimeExpressionSchema),
  quote: QuoteSchema.nullable(),
  attribution: AttributionSchema.nullable(),
  modality: ModalitySchema,
  /** The words that set the modality: `likely`, `denied`, `according to`. */
  modalityCues: z.array(z.string()),
  /** 0..1: how much a fact-checker would want to check this. */
  checkworthiness: z.number().min(0).max(1),
  /** Content words with the spinner's substitutions replaced by the common wording, for matching. */
  normalizedText: z.string(),
});
export type Claim = z.infer<typeof ClaimSchema>;
