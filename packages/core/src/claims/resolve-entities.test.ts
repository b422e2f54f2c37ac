import { describe, expect, it } from 'vitest';
import { EntitySchema } from '../model/index.ts';
import { findMentions } from './mentions.ts';
import { tokenize } from './nlp.ts';
import { resolveEntities } from './resolve-entities.ts';

const ARTICLES = [
  'French President Emmanuel Macron arrived in Paris on Monday. Mr Macron met German Chancellor Olaf Scholz.',
  'Emmanuel Macron said the talks went well. Macron later flew to Berlin, where Mr. Scholz spoke to reporters.',
  'The European Central Bank (ECB) held rates. Officials in Washington said the US would wait.',
];

describe('resolveEntities', () => {
  const mentions = ARTICLES.flatMap((text) => findMentions(text, tokenize(text)));
  const { entities, byKey } = resolveEntities(mentions);
  const byId = new Map(entities.map((entity) => [entity.id, entity]));

  it('unifies a person across spellings, honorifics and surnames', () => {
    const macron = byId.get('emmanuel-macron');
    expect(macron).toMatchObject({ type: 'person', name: 'Emmanuel Macron' });
    expect(macron?.aliases).toEqual(expect.arrayContaining(['Mr Macron', 'Macron']));
    expect(macron?.roles).toContain('French President');
    expect(byId.get('olaf-scholz')?.aliases).toContain('Mr. Scholz');
  });

  it('keeps countries, capitals and organisations apart, with what a capital stands for', () => {
    expect(byId.get('paris')).toMatchObject({ type: 'place', standsFor: 'france' });
    expect(byId.get('washington')).toMatchObject({ type: 'place', standsFor: 'united-states' });
    expect(byId.get('united-states')?.type).toBe('country');
    expect(byId.get('european-central-bank')?.type).toBe('organisation');
    expect(byKey.get('ecb')).toBe('european-central-bank');
  });

  it('emits schema-valid entities in a stable order', () => {
    for (const entity of entities) expect(EntitySchema.parse(entity)).toEqual(entity);
    expect(resolveEntities([...mentions].reverse()).entities).toEqual(entities);
  });
});
