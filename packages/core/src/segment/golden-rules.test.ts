import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../test/shared-data.ts';
import { splitSentences } from './index.ts';

interface GoldenRule {
  id: number;
  name: string;
  input: string;
  expected: string[];
}

// Rules this segmenter does not pass yet; every other rule must keep passing.
const KNOWN_FAILURES: readonly number[] = [];

const file = sharedDataPath('sbd', 'golden_rules_en.json');
const rules: GoldenRule[] = file ? (JSON.parse(readFileSync(file, 'utf8')) as { rules: GoldenRule[] }).rules : [];

// The file keeps a few escapes of its source literally (`\n`, `\"`); the rules mean the characters.
const unescape = (input: string): string => input.replaceAll('\\n', '\n').replaceAll('\\"', '"');
// Spans are slices of the input, so compare with whitespace normalised.
const normalise = (text: string): string => text.replace(/\s+/gu, ' ').trim();

function passes(rule: GoldenRule): boolean {
  const got = splitSentences(unescape(rule.input)).map((span) => normalise(span.text));
  return JSON.stringify(got) === JSON.stringify(rule.expected.map(normalise));
}

describe.skipIf(!file)('the 52 English golden rules', () => {
  it('are all present', () => {
    expect(rules).toHaveLength(52);
  });

  it('pass, except the listed failures', () => {
    const failing = rules.filter((rule) => !passes(rule)).map((rule) => rule.id);
    expect(failing).toEqual(KNOWN_FAILURES);
  });

  it.each(rules.filter((rule) => !KNOWN_FAILURES.includes(rule.id)).map((rule) => [rule.id, rule.name, rule] as const))(
    'rule %i: %s',
    (_id, _name, rule) => {
      expect(splitSentences(unescape(rule.input)).map((span) => normalise(span.text))).toEqual(
        rule.expected.map(normalise),
      );
    },
  );
});

describe.skipIf(file)('the golden rules', () => {
  it.skip('skipped: ../shared/data/sbd/golden_rules_en.json is absent on this machine', () => {});
});
