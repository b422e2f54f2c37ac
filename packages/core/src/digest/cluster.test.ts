import { describe, expect, it } from 'vitest';
import { buildStory } from '../../test/fixtures/stories/builder.ts';
import type { Claim } from '../model/index.ts';
import { propositionSimilarity } from './claim-similarity.ts';
import { groupClaims } from './cluster.ts';
import { claimFeatures, claimVectors } from './features.ts';

const grouped = (claims: readonly Claim[], entities: Parameters<typeof claimVectors>[1]) =>
  groupClaims(claims, claimVectors(claims, entities)).map((group) => group.map((i) => claims[i]?.id ?? ''));

/** Two claims cut from one sentence, as the claims stage cuts atoms. */
function sameSentence(claims: readonly Claim[], from: number): Claim[] {
  return claims.map((claim, i) => (i === from + 1 ? { ...claim, id: claims[from]?.id.replace(/#c0$/, '#c1') ?? claim.id, sentenceId: claims[from]?.sentenceId ?? claim.sentenceId } : claim));
}

describe('groupClaims', () => {
  it('never puts two claims of one sentence together, but lets one article restate a fact', () => {
    const story = buildStory([
      { outlet: 'Alpha', sentences: ['The ferry sank near the harbour wall.', 'The ferry sank near the harbour wall at dawn.'] },
      { outlet: 'Beta', sentences: ['The ferry sank near the harbour wall, rescuers said.'] },
    ]);
    expect(grouped(story.claims, story.entities)).toContainEqual(story.claims.map((claim) => claim.id));
    const cut = sameSentence(story.claims, 0);
    expect(grouped(cut, story.entities).some((group) => group.includes(cut[0]?.id ?? '') && group.includes(cut[1]?.id ?? ''))).toBe(false);
  });

  it('keeps apart claims that share only a name', () => {
    const story = buildStory([
      { outlet: 'Alpha', sentences: [{ text: 'The ship is the Dali.', entities: ['Dali'] }] },
      { outlet: 'Beta', sentences: [{ text: 'The Dali sent a distress signal.', entities: ['Dali'] }] },
    ]);
    expect(grouped(story.claims, story.entities)).toEqual([[story.claims[0]?.id], [story.claims[1]?.id]]);
  });

});

describe('claimFeatures', () => {
  it('counts small numbers written as words as numbers, and lets a hyphenated measure name its thing', () => {
    const story = buildStory([
      { outlet: 'Alpha', sentences: ['Two were pulled out alive.'] },
      { outlet: 'Beta', sentences: [{ text: 'The 1.6-mile bridge opened in 1977.', quantities: [{ text: '1.6-mile', value: 1.6, unit: 'mile', dimension: 'length', base: [2.575, 'km'] }] }] },
      { outlet: 'Gamma', sentences: [{ text: 'The ferry sailed 1.6 miles.', quantities: [{ text: '1.6 miles', value: 1.6, unit: 'mile', dimension: 'length', base: [2.575, 'km'] }] }] },
    ]);
    const [two, bridge, ferry] = story.claims.map((claim) => claimFeatures(claim, new Map()));
    expect(two).toContain('n:2');
    expect(bridge?.some((feature) => feature.startsWith('q:'))).toBe(false);
    expect(ferry?.some((feature) => feature.startsWith('q:'))).toBe(true);
  });
});

describe('propositionSimilarity', () => {
  it('is 0 for a denial and an assertion that share only a name', () => {
    const story = buildStory([
      { outlet: 'Alpha', sentences: [{ text: 'The Kremlin had nothing to say about the reports.', entities: ['Kremlin'], modality: 'denied' }] },
      { outlet: 'Beta', sentences: [{ text: 'The Kremlin said the leaders would meet.', entities: ['Kremlin'] }] },
      { outlet: 'Gamma', sentences: [{ text: 'The Kremlin denied the reports about the leaders.', entities: ['Kremlin'], modality: 'denied' }] },
    ]);
    const [a, b, c] = story.claims;
    const similarity = propositionSimilarity(story.claims, claimVectors(story.claims, story.entities));
    expect(a && b ? similarity(a, b) : -1).toBe(0);
    expect(b && c ? similarity(b, c) : 0).toBeGreaterThan(0);
  });
});
