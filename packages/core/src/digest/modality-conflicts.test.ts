import { describe, expect, it } from 'vitest';
import { buildStory } from '../../test/fixtures/stories/builder.ts';
import { modalityConflicts, onlyHedgesANoun } from './modality-conflicts.ts';

describe('onlyHedgesANoun', () => {
  const cases = [
    ['The probable meeting comes after the talks stalled.', ['probable', 'stated'], true],
    ['A possible deal is on the table.', ['possible'], true],
    ['The meeting is likely to take place on Tuesday.', ['likely'], false],
    ['Kim will most likely go by train.', ['likely'], false],
    ['The fire may have started in a storage room.', ['may'], false],
    ['Officials said the road was closed.', ['said'], false],
  ] as const;
  it.each(cases)('%s', (text, cues, expected) => {
    expect(onlyHedgesANoun({ text, modalityCues: [...cues] })).toBe(expected);
  });
});

describe('modalityConflicts', () => {
  const story = buildStory([
    { outlet: 'Alpha', sentences: ['The fire started in a storage room.'] },
    { outlet: 'Beta', sentences: [{ text: 'The fire may have started in a storage room.', modality: 'hedged', modalityCues: ['may'] }] },
    { outlet: 'Gamma', sentences: [{ text: 'A possible arson suspect was seen near the mill.', modality: 'hedged', modalityCues: ['possible'] }] },
  ]);

  it('sets a hedge against a statement of the same proposition', () => {
    const [certainty] = modalityConflicts(story.claims.slice(0, 2), () => 0.9);
    expect(certainty?.kind).toBe('certainty');
    expect(certainty?.positions.map((p) => p.outletId)).toEqual(['alpha', 'beta']);
  });

  it('needs the two claims to be alike, not only in one cluster', () => {
    expect(modalityConflicts(story.claims.slice(0, 2), () => 0.1)).toEqual([]);
  });

  it('ignores a hedge that only qualifies a noun', () => {
    expect(modalityConflicts([story.claims[0], story.claims[2]].filter((c) => c !== undefined), () => 0.9)).toEqual([]);
  });
});
