/** A file given as an article could not be used: unreadable, empty, binary, not UTF-8, malformed. */
export class ArticleReadError extends Error {
  override readonly name = 'ArticleReadError' as const;
  readonly file: string;
  readonly problem: string;

  constructor(file: string, problem: string, options?: { cause?: unknown }) {
    super(`cannot read article '${file}': ${problem}`, options);
    this.file = file;
    this.problem = problem;
  }
}

export function isArticleReadError(error: unknown): error is ArticleReadError {
  return error instanceof Error && error.name === 'ArticleReadError';
}

/** A corpus folder could not be used at all: missing, not a folder, or holding no readable article. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError' as const;
  readonly dir: string;

  constructor(dir: string, problem: string, options?: { cause?: unknown }) {
    super(`cannot load corpus '${dir}': ${problem}`, options);
    this.dir = dir;
  }
}

export function isCorpusError(error: unknown): error is CorpusError {
  return error instanceof Error && error.name === 'CorpusError';
}
