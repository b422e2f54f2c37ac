import { describe, expect, it } from 'vitest';
import { evaluateClaimFixtures, loadClaimFixtures, type ClaimField } from '../../test/fixtures/claims/evaluate.ts';

// Floors a little under what the extractor reaches on the hand-labelled passages (see
// test/fixtures/claims/README.md); `pnpm bench claims` prints the figures themselves.
const FLOORS: Record<ClaimField, { precision: number; recall: number }> = {
  quantities: { precision: 0.95, recall: 0.97 },
  quotes: { precision: 0.97, recall: 0.97 },
  speakers: { precision: 0.97, recall: 0.97 },
  modality: { precision: 0.97, recall: 0.97 },
  attribution: { precision: 0.97, recall: 0.97 },
  times: { precision: 0.9, recall: 0.95 },
  entities: { precision: 0.85, recall: 0.85 },
};

describe('claims on hand-labelled passages', () => {
  const fixtures = loadClaimFixtures();
  const { scores } = evaluateClaimFixtures(fixtures);

  it('covers other stories more than the seed corpus', () => {
    const seed = fixtures.filter((f) => f.origin === 'seed').length;
    expect(fixtures.length).toBeGreaterThanOrEqual(100);
    expect(seed / fixtures.length).toBeLessThan(0.2);
  });

  it.each(Object.entries(FLOORS))('%s stays above its precision and recall floors', (field, floor) => {
    const score = scores[field as ClaimField];
    expect(score.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(score.recall).toBeGreaterThanOrEqual(floor.recall);
  });
});
