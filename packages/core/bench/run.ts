// `pnpm bench`: every measured figure of the project, printed as one report. Sections register below.
import type { BenchSection } from './section.ts';

type SectionRunner = () => Promise<BenchSection> | BenchSection;

const SECTIONS: Array<[name: string, load: () => Promise<{ run: SectionRunner }>]> = [
  ['pipeline', () => import('./pipeline.ts')],
  ['clean', () => import('./clean.ts')],
  ['segment', () => import('./segment.ts')],
  ['claims', () => import('./claims.ts')],
  ['digest', () => import('./digest.ts')],
];

const only = process.argv.slice(2);
for (const [name, load] of SECTIONS) {
  if (only.length > 0 && !only.includes(name)) continue;
  const { run } = await load();
  const section = await run();
  process.stdout.write(`\n## ${section.title}\n`);
  if (section.skipped) {
    process.stdout.write(`  skipped: ${section.skipped}\n`);
    continue;
  }
  const width = Math.max(...section.rows.map(([label]) => label.length));
  for (const [label, value] of section.rows) process.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
}
