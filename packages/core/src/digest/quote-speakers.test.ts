import { describe, expect, it } from 'vitest';
import type { Claim, Entity } from '../model/index.ts';
import { buildStory } from '../../test/fixtures/stories/builder.ts';
import { quoteText, speakerOf } from './quote-speakers.ts';

const entities: Entity[] = [
  { id: 'kremlin', name: 'Kremlin', type: 'organisation', aliases: ['the Kremlin'], roles: [], mentionCount: 3 },
  { id: 'john-kirby', name: 'John Kirby', type: 'person', aliases: ['Kirby', 'Mr Kirby'], roles: [], mentionCount: 3 },
];

function quoted(speaker: string | null, speakerEntityId?: string): Claim {
  const [claim] = buildStory([{ outlet: 'Alpha', sentences: [{ text: 'He said “yes”.', quote: { text: 'yes', speaker } }] }]).claims;
  if (!claim?.quote) throw new Error('fixture has no quote');
  return { ...claim, quote: { ...claim.quote, speaker, ...(speakerEntityId ? { speakerEntityId } : {}) } };
}

describe('speakerOf', () => {
  const cases = [
    ['a resolved speaker shows the entity name', quoted('Mr Kirby', 'john-kirby'), { name: 'John Kirby', entityId: 'john-kirby' }],
    ['a page owned by a name stands for the name', quoted('Kremlin’s online page'), { name: 'Kremlin', entityId: 'kremlin' }],
    ['a bare description reads with an article', quoted('two countries'), { name: 'the two countries' }],
    ['a name the story does not know stays as written', quoted('Ruth Oakes'), { name: 'Ruth Oakes' }],
    ['no speaker', quoted(null), null],
  ] as const;
  it.each(cases)('%s', (_, claim, expected) => {
    expect(speakerOf(claim, entities)).toEqual(expected);
  });
});

describe('quoteText', () => {
  const cases = [
    [{ text: 'coming days.', partial: true }, 'coming days'],
    [{ text: 'if necessary,', partial: true }, 'if necessary'],
    [{ text: 'We are planning some kind of meeting.', partial: false }, 'We are planning some kind of meeting.'],
  ] as const;
  it.each(cases)('%j', (quote, expected) => {
    expect(quoteText(quote)).toBe(expected);
  });
});
