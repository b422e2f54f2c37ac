import { isArticleReadError, isCorpusError } from '@parallax/core';
import { initTRPC, TRPCError } from '@trpc/server';
import { z, ZodError } from 'zod';
import type { Context } from './context.ts';

const t = initTRPC.context<Context>().create({
  // Clients see which input field was wrong, not just "BAD_REQUEST".
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: { ...shape.data, zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null },
    };
  },
});

/** Core errors become typed tRPC errors once, here, keeping the cause. */
const mapCoreErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (isCorpusError(cause) || isArticleReadError(cause)) {
    throw new TRPCError({ code: 'NOT_FOUND', message: cause.message, cause });
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapCoreErrors);
