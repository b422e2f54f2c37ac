import { ConflictSchema } from '@parallax/core';
import { z } from 'zod';
import { createTRPCRouter, publicProcedure } from '../trpc.ts';

export const digestRouter = createTRPCRouter({
  /** The whole digest: the same JSON as `parallax digest --json`. */
  get: publicProcedure.query(async ({ ctx }) => (await ctx.source.load()).digest),

  /** What a first screen needs: the summary with its receipts, clusters, conflicts and outlets, without article texts. */
  overview: publicProcedure.query(async ({ ctx }) => {
    const { digest } = await ctx.source.load();
    return {
      corpus: digest.corpus,
      summary: digest.summary,
      summaryLines: digest.summaryLines,
      outlets: digest.outlets,
      outletSummaries: digest.outletSummaries,
      clusters: digest.clusters,
      conflicts: digest.conflicts,
      counts: {
        articles: digest.articles.length,
        claims: digest.claims.length,
        quotes: digest.quotes.length,
        timeline: digest.timeline.length,
        edits: digest.articles.reduce((sum, article) => sum + article.edits.length, 0),
      },
      diagnostics: digest.diagnostics,
    };
  }),

  conflicts: publicProcedure
    .input(z.object({ kind: ConflictSchema.shape.kind.optional() }).default({}))
    .query(async ({ ctx, input }) => {
      const { digest } = await ctx.source.load();
      return digest.conflicts.filter((conflict) => !input.kind || conflict.kind === input.kind);
    }),

  quotes: publicProcedure
    .input(z.object({ speaker: z.string().optional() }).default({}))
    .query(async ({ ctx, input }) => {
      const { digest } = await ctx.source.load();
      const wanted = input.speaker?.toLowerCase();
      return digest.quotes.filter((quote) => !wanted || (quote.speaker ?? '').toLowerCase().includes(wanted));
    }),

  timeline: publicProcedure.query(async ({ ctx }) => (await ctx.source.load()).digest.timeline),
});
