import { ClusterStatusSchema } from '@parallax/core';
import { z } from 'zod';
import { createTRPCRouter, publicProcedure } from '../trpc.ts';
import { notFound, receiptsFor } from './lookup.ts';

export const clustersRouter = createTRPCRouter({
  list: publicProcedure
    .input(
      z
        .object({
          status: ClusterStatusSchema.optional(),
          outletId: z.string().optional(),
          limit: z.number().int().positive().max(1000).optional(),
        })
        .default({}),
    )
    .query(async ({ ctx, input }) => {
      const { digest } = await ctx.source.load();
      const clusters = digest.clusters.filter(
        (cluster) => (!input.status || cluster.status === input.status) && (!input.outletId || cluster.outletIds.includes(input.outletId)),
      );
      return input.limit ? clusters.slice(0, input.limit) : clusters;
    }),

  /** A cluster with its receipts: every claim and the exact source sentences behind it. */
  get: publicProcedure.input(z.object({ id: z.string().min(1) })).query(async ({ ctx, input }) => {
    const { digest } = await ctx.source.load();
    const cluster = digest.clusters.find((candidate) => candidate.id === input.id);
    if (!cluster) throw notFound('cluster', input.id);
    const claimIds = new Set(cluster.claimIds);
    return {
      cluster,
      claims: digest.claims.filter((claim) => claimIds.has(claim.id)),
      conflicts: digest.conflicts.filter((conflict) => cluster.conflictIds.includes(conflict.id)),
      sentences: receiptsFor(digest, cluster.sentenceIds),
      matrix: digest.matrix.find((row) => row.clusterId === cluster.id) ?? null,
    };
  }),
});
