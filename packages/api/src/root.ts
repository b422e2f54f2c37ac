import { articlesRouter } from './router/articles.ts';
import { claimsRouter } from './router/claims.ts';
import { cleanRouter } from './router/clean.ts';
import { clustersRouter } from './router/clusters.ts';
import { digestRouter } from './router/digest.ts';
import { createCallerFactory, createTRPCRouter } from './trpc.ts';

export const appRouter = createTRPCRouter({
  digest: digestRouter,
  articles: articlesRouter,
  clusters: clustersRouter,
  claims: claimsRouter,
  clean: cleanRouter,
});

export type AppRouter = typeof appRouter;

/** Call the router in process: `createCaller(createContextInner()).digest.overview()`. */
export const createCaller = createCallerFactory(appRouter);
