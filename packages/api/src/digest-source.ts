import { buildDigest, loadCorpus, type Corpus, type Digest } from '@parallax/core';

/** A corpus and its digest, computed once. */
export interface LoadedDigest {
  corpus: Corpus;
  digest: Digest;
}

/** Where the router gets its digest: one corpus folder, analysed once and kept. */
export interface DigestSource {
  /** The folder read, or undefined for the embedded corpus. */
  readonly corpusDir: string | undefined;
  load(): Promise<LoadedDigest>;
}

/**
 * A source that reads `corpusDir` (default: the embedded corpus) on first use and caches the result.
 * A failed load is not cached, so fixing the folder and asking again works.
 */
export function createDigestSource(corpusDir?: string): DigestSource {
  let pending: Promise<LoadedDigest> | undefined;
  return {
    corpusDir,
    load() {
      pending ??= loadCorpus(corpusDir).then((corpus) => ({ corpus, digest: buildDigest(corpus) }));
      pending.catch(() => {
        pending = undefined;
      });
      return pending;
    },
  };
}
