import { render } from 'ink';
import { App, type Outcome } from './app.tsx';
import type { ParallaxClient } from './client.ts';
import type { Io } from './commands/io.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

// The terminal's alternate screen: the UI gets the whole window and the shell comes back untouched.
const ENTER_ALT_SCREEN = '\u001B[?1049h';
const LEAVE_ALT_SCREEN = '\u001B[?1049l';

/**
 * Run the Ink UI until the user quits. Problems are printed again once the UI is gone, since the
 * alternate screen takes them away: a bad folder exits 1, skipped files exit 3.
 */
export async function runInteractive(client: ParallaxClient, corpusLabel: string, io: Io): Promise<ExitCode> {
  let outcome: Outcome = { skipped: [] };
  const leave = () => process.stdout.write(LEAVE_ALT_SCREEN);
  process.stdout.write(ENTER_ALT_SCREEN);
  process.once('exit', leave);
  try {
    const instance = render(<App client={client} corpusLabel={corpusLabel} onOutcome={(next) => (outcome = next)} />);
    await instance.waitUntilExit();
  } finally {
    process.off('exit', leave);
    leave();
  }
  if (outcome.error) {
    io.err(`parallax: ${outcome.error}\n`);
    return EXIT.error;
  }
  for (const message of outcome.skipped) io.err(`parallax: skipped: ${message}\n`);
  return outcome.skipped.length > 0 ? EXIT.skipped : EXIT.ok;
}
