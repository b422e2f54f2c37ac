import { z } from 'zod';
import { createTRPCRouter, publicProcedure } from '../trpc.ts';
import { notFound } from './lookup.ts';

export const articlesRouter = createTRPCRouter({
  /** One row per article: what it is and how much cleaning it needed. */
  list: publicProcedure.query(async ({ ctx }) => {
    const { digest } = await ctx.source.load();
    const outletNames = new Map(digest.outlets.map((outlet) => [outlet.id, outlet.name]));
    return digest.articles.map((article) => ({
      id: article.id,
      outletId: article.outletId,
      outlet: outletNames.get(article.outletId) ?? article.outletId,
      title: article.title,
      source: article.source,
      publishedAt: article.publishedAt,
      sentenceCount: article.sentences.length,
      editCount: article.edits.length,
      flagCount: article.flags.length,
      spinScore: article.spin.score,
    }));
  }),

  /** One article with its claims and its outlet's summary. */
  get: publicProcedure.input(z.object({ id: z.string().min(1) })).query(async ({ ctx, input }) => {
    const { digest } = await ctx.source.load();
    const article = digest.articles.find((candidate) => candidate.id === input.id);
    if (!article) throw notFound('article', input.id);
    return {
      article,
      claims: digest.claims.filter((claim) => claim.articleId === article.id),
      outletSummary: digest.outletSummaries.find((summary) => summary.outletId === article.outletId) ?? null,
    };
  }),
});
