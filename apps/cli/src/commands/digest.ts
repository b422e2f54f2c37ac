import type { ParallaxClient } from '../client.ts';
import type { ExitCode } from '../exit-codes.ts';
import { formatDigestText } from '../format/digest-text.ts';
import { printJson, reportDiagnostics, type Io } from './io.ts';

/** `parallax digest [--json]`: the Digest JSON object, or the readable text digest. */
export async function runDigest(options: { isJson: boolean }, io: Io, client: ParallaxClient): Promise<ExitCode> {
  const digest = await client.digest.get.query();
  if (options.isJson) printJson(io, digest);
  else io.out(formatDigestText(digest));
  return reportDiagnostics(digest.diagnostics, io);
}
