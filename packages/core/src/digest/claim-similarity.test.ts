import { describe, expect, it } from 'vitest';
import { buildStory } from '../../test/fixtures/stories/builder.ts';
import { claimSimilarity } from './claim-similarity.ts';
import { claimVectors } from './features.ts';

const feet = (text: string, value: number) => ({ text, value, unit: 'ft', dimension: 'length', base: [value * 0.0003048, 'km'] as [number, string] });

describe('claimSimilarity', () => {
  it('ranks a restatement above a neighbour of the same topic', () => {
    const story = buildStory([
      { outlet: 'Alpha', sentences: ['Rescuers found debris from the ferry near the harbour wall.'] },
      { outlet: 'Beta', sentences: ['Debris from the ferry was discovered near the harbour wall, rescuers said.'] },
      { outlet: 'Gamma', sentences: ['The ferry operator said its fleet would stay in the harbour.'] },
    ]);
    const similarity = claimSimilarity(story.claims, claimVectors(story.claims, story.entities));
    expect(similarity(0, 1)).toBeGreaterThan(similarity(0, 2));
  });

  it('lowers the score when the figures of one kind disagree outright', () => {
    const story = buildStory([
      { outlet: 'Alpha', sentences: [{ text: 'The 21-foot ferry sank near the harbour wall.', quantities: [feet('21-foot', 21)] }] },
      { outlet: 'Beta', sentences: [{ text: 'The 48-foot ferry sank near the harbour wall.', quantities: [feet('48-foot', 48)] }] },
      { outlet: 'Gamma', sentences: [{ text: 'The 21-foot ferry sank near the harbour wall.', quantities: [feet('21-foot', 21)] }] },
    ]);
    const similarity = claimSimilarity(story.claims, claimVectors(story.claims, story.entities));
    expect(similarity(0, 1)).toBeLessThan(similarity(0, 2) * 0.8);
  });
});
