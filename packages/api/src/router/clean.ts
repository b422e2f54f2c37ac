import { cleanArticle, cleanCorpus } from '@parallax/core';
import { createTRPCRouter, publicProcedure } from '../trpc.ts';
import { ArticlesInputSchema } from './articles-input.ts';

export const cleanRouter = createTRPCRouter({
  /**
   * Clean articles sent by the caller: one article on its own evidence (`cleanArticle`), several
   * together so repeated chrome, spellings and shared copy are found across them (`cleanCorpus`).
   * A mutation only so that large texts travel in a request body, not a URL: nothing is stored.
   */
  articles: publicProcedure.input(ArticlesInputSchema).mutation(({ input }) => {
    const [only] = input.articles;
    return input.articles.length === 1 && only ? [cleanArticle(only)] : cleanCorpus(input.articles);
  }),
});
