import packageJson from '../package.json' with { type: 'json' };
import { isUsageError, parseCommand, type Command } from './args.ts';
import { createParallaxClient } from './client.ts';
import { runClaims } from './commands/claims.ts';
import { runClean } from './commands/clean.ts';
import { runDigest } from './commands/digest.ts';
import { errorMessage, PROCESS_IO, type Io } from './commands/io.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { USAGE } from './usage.ts';

/** Parse argv, then run one command or the interactive UI. Resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = PROCESS_IO): Promise<ExitCode> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!isUsageError(error)) throw error;
    io.err(`parallax: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await run(command, io);
  } catch (error) {
    io.err(`parallax: ${errorMessage(error)}\n`);
    return EXIT.error;
  }
}

async function run(command: Command, io: Io): Promise<ExitCode> {
  switch (command.kind) {
    case 'help':
      io.out(USAGE);
      return EXIT.ok;
    case 'version':
      io.out(`${packageJson.version}\n`);
      return EXIT.ok;
    case 'digest':
      return runDigest(command, io, createParallaxClient({ corpusDir: command.corpusDir }));
    case 'clean':
      return runClean(command, io, createParallaxClient());
    case 'claims':
      return runClaims(command, io, createParallaxClient({ corpusDir: command.corpusDir }));
    case 'interactive': {
      const client = createParallaxClient({ corpusDir: command.corpusDir });
      // Without a terminal on both ends (CI, pipes) there is no one to press keys: print the digest.
      if (!process.stdin.isTTY || !process.stdout.isTTY) return runDigest({ isJson: false }, io, client);
      // Ink and React load only for the UI, keeping the plain commands quick to start.
      const { runInteractive } = await import('./run-interactive.tsx');
      return runInteractive(client, command.corpusDir ? `'${command.corpusDir}'` : 'the embedded corpus', io);
    }
  }
}

// A reader that stops early (`parallax digest --json | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`parallax: ${errorMessage(error)}\n`);
    process.exitCode = EXIT.error;
  },
);
