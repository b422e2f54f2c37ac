import { describe, expect, it } from 'vitest';
import { buildStory } from '../../test/fixtures/stories/builder.ts';
import { buildContext } from './context.ts';
import { numericConflicts } from './numeric-conflicts.ts';

const feet = (text: string, value: number) => ({ text, value, unit: 'ft', dimension: 'length', base: [value * 0.0003048, 'km'] as [number, string] });

describe('numeric conflicts between sole figures of their kind', () => {
  it('sets two close lengths against each other when the words around them meet', () => {
    const story = buildStory([
      { outlet: 'Alpha', sentences: [{ text: 'Divers found the tail of the 21-foot submersible on Thursday.', quantities: [feet('21-foot', 21)] }] },
      { outlet: 'Beta', sentences: [{ text: 'Five fragments of the 22-foot craft were found by divers.', quantities: [feet('22-foot', 22)] }] },
    ]);
    const conflicts = numericConflicts(buildContext(story.articles, story.claims, story.entities));
    expect(conflicts.map((c) => [c.severity, c.positions.map((p) => p.text)])).toEqual([['major', ['21-foot', '22-foot']]]);
  });

  it('leaves them apart when the article holds another figure of that size', () => {
    const story = buildStory([
      { outlet: 'Alpha', sentences: [{ text: 'Divers found the tail of the 21-foot submersible and a 30-foot mast.', quantities: [feet('21-foot', 21), feet('30-foot', 30)] }] },
      { outlet: 'Beta', sentences: [{ text: 'Five fragments of the 22-foot craft were found by divers.', quantities: [feet('22-foot', 22)] }] },
    ]);
    expect(numericConflicts(buildContext(story.articles, story.claims, story.entities))).toEqual([]);
  });

  it('leaves them apart when nothing around them is shared', () => {
    const story = buildStory([
      { outlet: 'Alpha', sentences: [{ text: 'The mill stands 21 feet from the towpath.', quantities: [feet('21 feet', 21)] }] },
      { outlet: 'Beta', sentences: [{ text: 'Flood water rose 22 feet overnight.', quantities: [feet('22 feet', 22)] }] },
    ]);
    expect(numericConflicts(buildContext(story.articles, story.claims, story.entities))).toEqual([]);
  });
});
