/** The help text: printed by `--help`, and on stderr after a usage error. */
export const USAGE = `Usage: parallax [command] [options]

Read one news story through many outlets: claims, corroboration, conflicts, receipts.

Commands:
  (none)                      open the interactive terminal UI (text digest when not a terminal)
  digest [--json]             the cross-source digest; --json prints the Digest JSON object
  clean FILE... [--edits] [--report] [--json]
                              clean article files: clean text, the edits made, or
                              { article, cleanText, edits, spin, ... } as JSON
  claims [FILE...] [--json]   the claims of the given files, or of the corpus

Options:
  --corpus DIR   read the articles in DIR (.txt, .md, .json, .html) instead of the embedded corpus
  --json         print JSON on stdout, nothing else
  --edits        clean: list every edit (kind, span, before -> after, evidence)
  --report       clean: count each article's edits by kind
  -h, --help     show this help
  -v, --version  print the version

Exit codes: 0 ok, 1 error, 2 bad usage, 3 ran but some input files were skipped (named on stderr).
`;
