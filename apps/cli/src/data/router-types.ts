import type { AppRouter } from '@parallax/api';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;

/** `clusters.get`: a cluster with its claims, conflicts, receipts and coverage row. */
export type ClusterDetail = Outputs['clusters']['get'];
