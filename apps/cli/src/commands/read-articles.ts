import path from 'node:path';
import { isArticleReadError, readArticleFile, type Article } from '@parallax/core';

export interface ReadArticles {
  articles: Article[];
  /** One message per file that could not be read, naming the file as the user gave it. */
  skipped: string[];
}

/**
 * Read article files given on the command line. This is the CLI's edge: the router only ever
 * receives the articles' content, never a path to open.
 */
export async function readArticles(files: readonly string[]): Promise<ReadArticles> {
  const articles: Article[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    try {
      articles.push(...(await readArticleFile(path.resolve(file))));
    } catch (error) {
      if (!isArticleReadError(error)) throw error;
      skipped.push(`cannot read article '${file}': ${error.problem}`);
    }
  }
  return { articles, skipped };
}
