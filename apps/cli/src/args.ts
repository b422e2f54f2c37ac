import { parseArgs } from 'node:util';

/** What the user asked for, after argv is parsed and checked. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'interactive'; corpusDir?: string }
  | { kind: 'digest'; corpusDir?: string; isJson: boolean }
  | { kind: 'clean'; files: string[]; isJson: boolean; showEdits: boolean; showReport: boolean }
  | { kind: 'claims'; files: string[]; corpusDir?: string; isJson: boolean };

/** The command line cannot be understood: exit code 2 and the usage text. */
export class UsageError extends Error {
  override readonly name = 'UsageError' as const;
}

export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && error.name === 'UsageError';
}

const OPTIONS = {
  corpus: { type: 'string' },
  json: { type: 'boolean' },
  edits: { type: 'boolean' },
  report: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

/** Which options each command accepts; anything else is a usage error, not silently ignored. */
const ALLOWED: Record<string, readonly OptionName[]> = {
  interactive: ['corpus'],
  digest: ['corpus', 'json'],
  clean: ['json', 'edits', 'report'],
  claims: ['corpus', 'json'],
};

/**
 * Parse `process.argv.slice(2)` into a command. Throws `UsageError` for anything it cannot use.
 *
 * @example
 * parseCommand(['digest', '--json']); // { kind: 'digest', isJson: true, corpusDir: undefined }
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (cause) {
    throw new UsageError((cause as Error).message, { cause });
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [name = 'interactive', ...rest] = positionals;
  if (name === 'help') return { kind: 'help' };
  const allowed = ALLOWED[name];
  if (!allowed) throw new UsageError(`unknown command '${name}'`);
  for (const option of Object.keys(values) as OptionName[]) {
    if (!allowed.includes(option)) throw new UsageError(`option '--${option}' does not apply to ${describe(name)}`);
  }
  if (values.corpus === '') throw new UsageError("option '--corpus' needs a folder");
  const corpusDir = values.corpus;
  const isJson = values.json === true;
  switch (name) {
    case 'digest':
      noFiles(name, rest);
      return { kind: 'digest', corpusDir, isJson };
    case 'clean':
      if (rest.length === 0) throw new UsageError('clean needs at least one FILE');
      return { kind: 'clean', files: rest, isJson, showEdits: values.edits === true, showReport: values.report === true };
    case 'claims':
      if (rest.length > 0 && corpusDir !== undefined) throw new UsageError('claims takes FILE... or --corpus DIR, not both');
      return { kind: 'claims', files: rest, corpusDir, isJson };
    default:
      return { kind: 'interactive', corpusDir };
  }
}

function noFiles(name: string, rest: readonly string[]): void {
  if (rest.length > 0) throw new UsageError(`${name} takes no FILE argument (got '${rest[0]}'); use --corpus DIR`);
}

function describe(name: string): string {
  return name === 'interactive' ? 'the interactive UI' : `'${name}'`;
}
