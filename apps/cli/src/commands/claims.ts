import type { Claim } from '@parallax/core';
import type { ParallaxClient } from '../client.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { formatClaims } from '../format/claims-text.ts';
import { printJson, reportDiagnostics, type Io } from './io.ts';
import { readArticles } from './read-articles.ts';

const PAGE = 5000;

/** `parallax claims [FILE...] [--json]`: the claims of the files given, or of the whole corpus. */
export async function runClaims(options: { files: readonly string[]; isJson: boolean }, io: Io, client: ParallaxClient): Promise<ExitCode> {
  let claims: Claim[];
  let code: ExitCode;
  if (options.files.length > 0) {
    const { articles, skipped } = await readArticles(options.files);
    for (const message of skipped) io.err(`parallax: skipped: ${message}\n`);
    if (articles.length === 0) {
      io.err('parallax: no article could be read\n');
      return EXIT.error;
    }
    claims = (await client.claims.extract.mutate({ articles })).claims;
    code = skipped.length > 0 ? EXIT.skipped : EXIT.ok;
  } else {
    claims = await allCorpusClaims(client);
    code = reportDiagnostics((await client.digest.overview.query()).diagnostics, io);
  }
  if (options.isJson) printJson(io, claims);
  else io.out(formatClaims(claims));
  return code;
}

/** Page through `claims.list` until every claim is in. */
async function allCorpusClaims(client: ParallaxClient): Promise<Claim[]> {
  const claims: Claim[] = [];
  for (;;) {
    const page = await client.claims.list.query({ offset: claims.length, limit: PAGE });
    claims.push(...page.claims);
    if (page.claims.length === 0 || claims.length >= page.total) return claims;
  }
}
