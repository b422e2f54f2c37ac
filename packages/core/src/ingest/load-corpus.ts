import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleReadError, CorpusError, isArticleReadError } from '../errors.ts';
import type { Article, ArticleFormat, Diagnostic } from '../model/index.ts';
import { decodeArticleBytes } from './decode.ts';
import { CorpusManifestSchema, MANIFEST_FILE, type CorpusManifest } from './manifest.ts';
import { parseArticleFile } from './parse-article.ts';

/** Articles read from one folder, with what could not be read. */
export interface Corpus {
  name: string;
  title?: string;
  /** Absolute path of the folder read. */
  dir: string;
  articles: Article[];
  /** One entry per file skipped or repaired at ingest, naming the file and the problem. */
  diagnostics: Diagnostic[];
}

const FORMAT_BY_EXTENSION: Record<string, ArticleFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
};

/** The folder of the corpus that ships inside core: five articles on one story. */
export const EMBEDDED_CORPUS_DIR = fileURLToPath(new URL('../../corpus/kim-putin-2023/', import.meta.url));

/**
 * Read every `.txt`, `.md`, `.json` and `.html` article in a folder; no folder means the embedded corpus.
 * A file that cannot be read becomes a diagnostic naming it and the problem; the rest still load.
 * Throws `CorpusError` only when the folder itself is unusable.
 *
 * @example
 * const corpus = await loadCorpus();            // the embedded corpus
 * const mine = await loadCorpus('./my-story');  // a folder of your own
 */
export async function loadCorpus(dir: string = EMBEDDED_CORPUS_DIR): Promise<Corpus> {
  const absolute = path.resolve(dir);
  let names: string[];
  try {
    const info = await stat(absolute);
    if (!info.isDirectory()) throw new CorpusError(dir, 'not a folder');
    names = (await readdir(absolute)).sort();
  } catch (cause) {
    if (cause instanceof CorpusError) throw cause;
    throw new CorpusError(dir, (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : String(cause), { cause });
  }
  const diagnostics: Diagnostic[] = [];
  const manifest = await readManifest(absolute, names, diagnostics);
  const entries = new Map(manifest.articles.map((entry) => [entry.file, entry]));
  const articles: Article[] = [];
  for (const name of names) {
    if (name.startsWith('.') || name === MANIFEST_FILE) continue;
    const format = FORMAT_BY_EXTENSION[path.extname(name).toLowerCase()];
    const full = path.join(absolute, name);
    if (!format) {
      if ((await stat(full)).isFile()) {
        diagnostics.push(ingestDiagnostic('unsupported-format', 'info', name, `skipped '${name}': not a .txt, .md, .json or .html file`));
      }
      continue;
    }
    try {
      const loaded = await readArticleFile(full, { source: name, manifest: entries.get(name) });
      articles.push(...loaded);
    } catch (error) {
      if (!isArticleReadError(error)) throw error;
      diagnostics.push(ingestDiagnostic('unreadable-article', 'error', name, error.message));
    }
  }
  for (const entry of manifest.articles) {
    if (!names.includes(entry.file)) {
      diagnostics.push(ingestDiagnostic('manifest-missing-file', 'warning', MANIFEST_FILE, `manifest names '${entry.file}', which is not in the folder`));
    }
  }
  dedupeIds(articles, diagnostics);
  const corpus: Corpus = { name: manifest.name ?? path.basename(absolute), dir: absolute, articles, diagnostics };
  if (manifest.title) corpus.title = manifest.title;
  return corpus;
}

/**
 * Read one article file (`.txt`, `.md`, `.json`, `.html`). Throws `ArticleReadError` naming the file.
 *
 * @example
 * const [article] = await readArticleFile('story.html');
 */
export async function readArticleFile(
  file: string,
  options: { source?: string; manifest?: CorpusManifest['articles'][number] } = {},
): Promise<Article[]> {
  const source = options.source ?? path.basename(file);
  const format = FORMAT_BY_EXTENSION[path.extname(file).toLowerCase()] ?? 'txt';
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : String(cause);
    throw new ArticleReadError(source, problem, { cause });
  }
  const text = decodeArticleBytes(bytes, source);
  const article = { text, source, sourcePath: file, format };
  return parseArticleFile(options.manifest ? { ...article, manifest: options.manifest } : article);
}

async function readManifest(dir: string, names: string[], diagnostics: Diagnostic[]): Promise<CorpusManifest> {
  if (!names.includes(MANIFEST_FILE)) return { articles: [] };
  try {
    const parsed = CorpusManifestSchema.safeParse(JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')));
    if (parsed.success) return parsed.data;
    const problem = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    diagnostics.push(ingestDiagnostic('bad-manifest', 'warning', MANIFEST_FILE, `ignored '${MANIFEST_FILE}': ${problem}`));
  } catch (cause) {
    diagnostics.push(ingestDiagnostic('bad-manifest', 'warning', MANIFEST_FILE, `ignored '${MANIFEST_FILE}': ${(cause as Error).message}`));
  }
  return { articles: [] };
}

/** `story.txt` and `story.md` would share the id `story`: the later one gets `story-2`. */
function dedupeIds(articles: Article[], diagnostics: Diagnostic[]): void {
  const seen = new Set<string>();
  for (const article of articles) {
    let id = article.id;
    for (let n = 2; seen.has(id); n++) id = `${article.id}-${n}`;
    if (id !== article.id) {
      diagnostics.push(ingestDiagnostic('duplicate-id', 'warning', article.source, `'${article.source}' shares the id '${article.id}' with another file; using '${id}'`));
      article.id = id;
    }
    seen.add(id);
  }
}

function ingestDiagnostic(rule: string, severity: Diagnostic['severity'], file: string, message: string): Diagnostic {
  return { stage: 'ingest', rule, severity, file, message };
}
