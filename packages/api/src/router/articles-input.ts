import { ArticleSchema } from '@parallax/core';
import { z } from 'zod';

/** Enough for a long feature; caps what one web request can make the server analyse. */
const MAX_TOTAL_CHARS = 5_000_000;
const MAX_ARTICLES = 200;

/**
 * Articles the caller has already read (the CLI reads files with `readArticleFile`). The router never
 * opens a path it is given: `sourcePath` is carried as metadata only.
 */
export const ArticlesInputSchema = z.object({
  articles: z
    .array(ArticleSchema)
    .min(1)
    .max(MAX_ARTICLES)
    .refine((articles) => articles.reduce((sum, article) => sum + article.body.length, 0) <= MAX_TOTAL_CHARS, {
      message: `articles may hold at most ${MAX_TOTAL_CHARS} characters in all`,
    }),
});
export type ArticlesInput = z.infer<typeof ArticlesInputSchema>;
