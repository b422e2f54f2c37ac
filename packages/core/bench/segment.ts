// Sentence segmentation: golden-rule pass rates (ours and sbd alone) and throughput on the BBC corpus,
// as ratios to a bare regex split measured in the same run.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sbd from 'sbd';
import { splitSentences } from '../src/segment/index.ts';
import { sharedDataPath } from '../test/shared-data.ts';
import { medianMs, percent, type BenchSection } from './section.ts';

interface GoldenRule {
  id: number;
  input: string;
  expected: string[];
}

// Baseline: split after terminal punctuation followed by whitespace, nothing else.
const REGEX_SPLIT_RE = /(?<=[.!?])\s+/u;
const SBD_OPTIONS = { newline_boundaries: true };

// The file keeps a few escapes of its source literally (`\n`, `\"`); spans are compared whitespace-normalised.
const unescape = (input: string): string => input.replaceAll('\\n', '\n').replaceAll('\\"', '"');
const normalise = (text: string): string => text.replace(/\s+/gu, ' ').trim();

function passRate(rules: readonly GoldenRule[], split: (text: string) => string[]): string {
  const passed = rules.filter((rule) => {
    const got = split(unescape(rule.input)).map(normalise);
    return JSON.stringify(got) === JSON.stringify(rule.expected.map(normalise));
  });
  const failing = rules.filter((rule) => !passed.includes(rule)).map((rule) => rule.id);
  return `${percent(passed.length, rules.length)}${failing.length > 0 ? `; failing ${failing.join(', ')}` : ''}`;
}

function goldenRows(): Array<[string, string]> {
  const file = sharedDataPath('sbd', 'golden_rules_en.json');
  if (!file) return [['golden rules', 'skipped: ../shared/data/sbd/golden_rules_en.json is absent']];
  const { rules } = JSON.parse(readFileSync(file, 'utf8')) as { rules: GoldenRule[] };
  return [
    ['golden rules, splitSentences', passRate(rules, (text) => splitSentences(text).map((span) => span.text))],
    ['golden rules, sbd alone', passRate(rules, (text) => sbd.sentences(text, SBD_OPTIONS))],
  ];
}

function readBbc(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((topic) => readdirSync(path.join(dir, topic.name)).map((file) => path.join(dir, topic.name, file)))
    .sort()
    .map((file) => readFileSync(file, 'utf8'));
}

function speedRows(): Array<[string, string]> {
  const dir = sharedDataPath('bbc-news');
  if (!dir) return [['throughput', 'skipped: ../shared/data/bbc-news is absent']];
  const articles = readBbc(dir);
  const mb = articles.reduce((sum, text) => sum + text.length, 0) / 1e6;
  const time = (split: (text: string) => unknown[]): number => medianMs(() => articles.map(split), 3);
  const baselineMs = time((text) => text.split(REGEX_SPLIT_RE));
  const oursMs = time(splitSentences);
  const sbdMs = time((text) => sbd.sentences(text, SBD_OPTIONS));
  const sentences = articles.reduce((sum, text) => sum + splitSentences(text).length, 0);
  const speed = (ms: number): string => `${(mb / (ms / 1000)).toFixed(1)} MB/s`;
  return [
    ['BBC corpus', `${articles.length} articles, ${mb.toFixed(2)} MB, ${sentences} sentences`],
    ['regex split (baseline)', speed(baselineMs)],
    ['splitSentences', `${speed(oursMs)} (${(oursMs / baselineMs).toFixed(1)}x the baseline's time)`],
    ['sbd alone', `${speed(sbdMs)} (${(sbdMs / baselineMs).toFixed(1)}x the baseline's time)`],
  ];
}

export function run(): BenchSection {
  return { title: 'Sentence segmentation', rows: [...goldenRows(), ...speedRows()] };
}
