import packageJson from '../package.json' with { type: 'json' };
import { isUsageError, parseCommand, type Command } from './args.ts';
import { errorMessage, PROCESS_IO, type Io } from './commands/io.ts';
import { preferProductionReact } from './env.ts';
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
  if (command.kind === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (command.kind === 'version') {
    io.out(`${packageJson.version}\n`);
    return EXIT.ok;
  }
  // The pipeline (and its language model) loads only for commands that use it: --help stays instant.
  const { createParallaxClient } = await import('./client.ts');
  switch (command.kind) {
    case 'digest': {
      const { runDigest } = await import('./commands/digest.ts');
      return runDigest(command, io, createParallaxClient({ corpusDir: command.corpusDir }));
    }
    case 'clean': {
      const { runClean } = await import('./commands/clean.ts');
      return runClean(command, io, createParallaxClient());
    }
    case 'claims': {
      const { runClaims } = await import('./commands/claims.ts');
      return runClaims(command, io, createParallaxClient({ corpusDir: command.corpusDir }));
    }
    case 'interactive': {
      const client = createParallaxClient({ corpusDir: command.corpusDir });
      // Without a terminal on both ends (CI, pipes) there is no one to press keys: print the digest.
      if (!process.stdin.isTTY || !process.stdout.isTTY) {
        const { runDigest } = await import('./commands/digest.ts');
        return runDigest({ isJson: false }, io, client);
      }
      preferProductionReact();
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
