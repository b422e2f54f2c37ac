import { describe, expect, it } from 'vitest';
import { isUsageError, parseCommand } from './args.ts';

describe('parseCommand', () => {
  const cases = [
    [[], { kind: 'interactive', corpusDir: undefined }],
    [['--corpus', 'story'], { kind: 'interactive', corpusDir: 'story' }],
    [['--corpus=story'], { kind: 'interactive', corpusDir: 'story' }],
    [['digest'], { kind: 'digest', corpusDir: undefined, isJson: false }],
    [['digest', '--json', '--corpus', 'x'], { kind: 'digest', corpusDir: 'x', isJson: true }],
    [['clean', 'a.txt'], { kind: 'clean', files: ['a.txt'], isJson: false, showEdits: false, showReport: false }],
    [['clean', 'a.txt', 'b.md', '--edits', '--report'], { kind: 'clean', files: ['a.txt', 'b.md'], isJson: false, showEdits: true, showReport: true }],
    [['clean', '--json', 'a.txt'], { kind: 'clean', files: ['a.txt'], isJson: true, showEdits: false, showReport: false }],
    [['claims', '--json'], { kind: 'claims', files: [], corpusDir: undefined, isJson: true }],
    [['claims', 'a.txt', '--json'], { kind: 'claims', files: ['a.txt'], corpusDir: undefined, isJson: true }],
    [['claims', '--corpus', 'dir'], { kind: 'claims', files: [], corpusDir: 'dir', isJson: false }],
    [['--help'], { kind: 'help' }],
    [['-h'], { kind: 'help' }],
    [['help'], { kind: 'help' }],
    [['digest', '--help'], { kind: 'help' }],
    [['--version'], { kind: 'version' }],
    [['-v'], { kind: 'version' }],
  ] as const;

  it.each(cases)('%j', (argv, expected) => {
    expect(parseCommand(argv)).toEqual(expected);
  });

  const bad = [
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['--frob'], /--frob/],
    [['digest', '--edits'], /'--edits' does not apply to 'digest'/],
    [['clean'], /clean needs at least one FILE/],
    [['clean', 'a.txt', '--corpus', 'x'], /'--corpus' does not apply to 'clean'/],
    [['claims', 'a.txt', '--corpus', 'x'], /not both/],
    [['digest', 'extra.txt'], /takes no FILE/],
    [['--json'], /'--json' does not apply to the interactive UI/],
    [['--corpus'], /--corpus/],
    [['--corpus='], /needs a folder/],
  ] as const;

  it.each(bad)('refuses %j', (argv, message) => {
    let caught: unknown;
    try {
      parseCommand(argv);
    } catch (error) {
      caught = error;
    }
    expect(isUsageError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(message);
  });
});
