import type { ParallaxClient } from '../client.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { articleHeading, formatEditList, formatReport } from '../format/clean-text.ts';
import { printJson, type Io } from './io.ts';
import { readArticles } from './read-articles.ts';

export interface CleanOptions {
  files: readonly string[];
  isJson: boolean;
  showEdits: boolean;
  showReport: boolean;
}

/**
 * `parallax clean FILE...`: the clean text; `--edits` every edit and the report; `--report` edits by
 * kind; `--json` the clean article (one object for one article, an array for several).
 */
export async function runClean(options: CleanOptions, io: Io, client: ParallaxClient): Promise<ExitCode> {
  const { articles, skipped } = await readArticles(options.files);
  for (const message of skipped) io.err(`parallax: skipped: ${message}\n`);
  if (articles.length === 0) {
    io.err('parallax: no article could be read\n');
    return EXIT.error;
  }
  const cleaned = await client.clean.articles.mutate({ articles });
  const isMany = cleaned.length > 1;
  if (options.isJson) {
    printJson(io, isMany ? cleaned : cleaned[0]);
  } else {
    const blocks = cleaned.map((clean) => {
      const body = options.showEdits ? formatEditList(clean) : options.showReport ? formatReport(clean) : clean.cleanText.trimEnd();
      // A heading tells articles apart; reports always name their article.
      return isMany || options.showEdits || options.showReport ? `${articleHeading(clean)}\n${body}` : body;
    });
    io.out(`${blocks.join('\n\n')}\n`);
  }
  return skipped.length > 0 ? EXIT.skipped : EXIT.ok;
}
