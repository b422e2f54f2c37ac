import { buildDigest, ModalitySchema } from '@parallax/core';
import { z } from 'zod';
import { createTRPCRouter, publicProcedure } from '../trpc.ts';
import { ArticlesInputSchema } from './articles-input.ts';

export const claimsRouter = createTRPCRouter({
  list: publicProcedure
    .input(
      z
        .object({
          articleId: z.string().optional(),
          outletId: z.string().optional(),
          modality: ModalitySchema.optional(),
          offset: z.number().int().nonnegative().default(0),
          limit: z.number().int().positive().max(5000).default(500),
        })
        .default({ offset: 0, limit: 500 }),
    )
    .query(async ({ ctx, input }) => {
      const { digest } = await ctx.source.load();
      const matching = digest.claims.filter(
        (claim) =>
          (!input.articleId || claim.articleId === input.articleId) &&
          (!input.outletId || claim.outletId === input.outletId) &&
          (!input.modality || claim.modality === input.modality),
      );
      return { total: matching.length, claims: matching.slice(input.offset, input.offset + input.limit) };
    }),

  /**
   * Claims of articles sent by the caller (`parallax claims FILE`), run through the whole pipeline so
   * entities resolve across them. A mutation so that the texts travel in a request body; nothing is stored.
   */
  extract: publicProcedure.input(ArticlesInputSchema).mutation(({ input }) => {
    const { claims, entities } = buildDigest(input.articles);
    return { claims, entities };
  }),
});
