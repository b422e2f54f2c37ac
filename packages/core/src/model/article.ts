import { z } from 'zod';
import { IsoDateSchema } from './common.ts';

export const ArticleFormatSchema = z.enum(['txt', 'md', 'json', 'html']);
export type ArticleFormat = z.infer<typeof ArticleFormatSchema>;

/** Who an article credits: wire services, reporters, translators, the publisher itself. */
export const CreditSchema = z.object({
  kind: z.enum(['wire', 'reporter', 'translator', 'publisher', 'contributor']),
  /** The credited name: `Reuters`, `Michelle Padilla`. */
  name: z.string(),
  /** The line as written in the source. */
  text: z.string(),
});
export type Credit = z.infer<typeof CreditSchema>;

export const OutletSchema = z.object({
  /** Stable slug: `daily-global-times`. */
  id: z.string().min(1),
  name: z.string().min(1),
  /** Web domain when known from a URL or a site footer. */
  domain: z.string().optional(),
  articleIds: z.array(z.string()),
});
export type Outlet = z.infer<typeof OutletSchema>;

/** One article as read from disk, before cleaning: the raw text is kept whole in `body`. */
export const ArticleSchema = z.object({
  /** The file name without its extension: `001_901111274d820b68`. */
  id: z.string().min(1),
  outletId: z.string().min(1),
  /** The outlet's display name. */
  outlet: z.string().min(1),
  /** The headline: the first non-empty line, or the `title` field of a JSON/HTML article. */
  title: z.string(),
  /** The raw article text including the title line, exactly as read (after decoding). */
  body: z.string(),
  /** The file name: `001_901111274d820b68.txt`. */
  source: z.string(),
  /** The path the article was read from, relative to the corpus folder for the embedded corpus. */
  sourcePath: z.string(),
  format: ArticleFormatSchema,
  url: z.string().optional(),
  publishedAt: IsoDateSchema.optional(),
  /** Where `publishedAt` came from: the corpus manifest, the file's metadata (JSON/HTML), or a date line in the text. */
  publishedAtSource: z.enum(['manifest', 'metadata', 'text']).optional(),
  /** Credits found by ingest (site footers, wire credits); cleaning adds more. */
  credits: z.array(CreditSchema).default([]),
});
export type Article = z.infer<typeof ArticleSchema>;
export type ArticleInput = z.input<typeof ArticleSchema>;
