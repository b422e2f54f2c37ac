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

/** Entities of a few BBC-style articles, each one article of the corpus. */
function entitiesOf(articles: readonly string[]): ReturnType<typeof resolveEntities> {
  const mentions = articles.flatMap((text, n) => findMentions(text, tokenize(text)).map((m) => ({ ...m, articleId: `a${n}` })));
  return resolveEntities(mentions);
}

describe('resolveEntities on BBC-style copy', () => {
  const { entities, byKey } = entitiesOf([
    'Tory leader Michael Howard launched the campaign in Bournemouth. Mr Howard said taxes would fall.',
    'Mrs Howard will make solo visits to target seats. Mrs Howard made her debut speech last October.',
    'Software firm Microsoft said its profits rose. Microsoft chairman Bill Gates was in Seattle.',
    'Shares in Yukos fell. Yukos, the Russian oil giant, said it would appeal.',
    'Kelly Holmes won in Athens. Holmes, 34, said she was delighted. Paula Radcliffe did not finish; Paula said she was tired.',
    'Prince Harry visited Lesotho. Harry Potter fans queued in the city of Leeds, in Britain and in the North Atlantic.',
    'A US-led coalition met Pakistani-born engineers. READ ALSO: the world-business-report page.',
  ]);
  const byName = new Map(entities.map((entity) => [entity.name, entity]));
  const cases: Array<[name: string, type: string]> = [
    ['Michael Howard', 'person'],
    ['Mrs Howard', 'person'],
    ['Microsoft', 'organisation'],
    ['Bill Gates', 'person'],
    ['Yukos', 'organisation'],
    ['Kelly Holmes', 'person'],
    ['Paula Radcliffe', 'person'],
    ['Athens', 'place'],
    ['Leeds', 'place'],
    ['United Kingdom', 'country'],
    ['North Atlantic', 'place'],
    ['Harry', 'person'],
  ];
  it.each(cases)('%s is a %s', (name, type) => {
    expect(byName.get(name)?.type).toBe(type);
  });

  it('never merges a honorific of the other gender, and merges a surname with one bearer', () => {
    expect(byName.get('Michael Howard')?.aliases).toContain('Mr Howard');
    expect(byName.get('Michael Howard')?.aliases).not.toContain('Mrs Howard');
    expect(byKey.get('howard#female')).toBe(byName.get('Mrs Howard')?.id);
    expect(byName.get('Kelly Holmes')?.aliases).toContain('Holmes');
    expect(byName.get('Paula Radcliffe')?.aliases).toContain('Paula');
    expect(byName.get('United Kingdom')?.aliases).toContain('Britain');
  });

  it('keeps a royal first name apart from a namesake and makes no entity of junk', () => {
    expect(byName.get('Harry Potter')?.aliases ?? []).not.toContain('Harry');
    const names = entities.map((e) => e.name);
    for (const junk of ['US-led', 'Pakistani-born', 'READ ALSO', 'world-business-report']) expect(names).not.toContain(junk);
    expect(names).toContain('United States');
  });

  it('drops title-cased heading words that the body never repeats', () => {
    const text = 'Tragic Demise Of Sub Crew\nThe crew of the Titan died, officials said.';
    const mentions = findMentions(text, tokenize(text), { headings: [{ start: 0, end: 25 }] });
    const names = resolveEntities(mentions).entities.map((e) => e.name);
    expect(names).toContain('Titan');
    expect(names).not.toContain('Tragic Demise');
  });

  it('merges a surname only when one person in the corpus bears it', () => {
    const shared = entitiesOf(['Nick Brown met Gordon Brown.', 'Mr Brown said no.']);
    expect(shared.entities.find((e) => e.name === 'Gordon Brown')?.aliases ?? []).not.toContain('Mr Brown');
    const single = entitiesOf(['Gordon Brown spoke.', 'Mr Brown said no.']);
    expect(single.entities.find((e) => e.name === 'Gordon Brown')?.aliases).toContain('Mr Brown');
  });
});

describe('resolveEntities: names that speak', () => {
  const { entities } = entitiesOf([
    'Sony said sales fell. Tesco, which employs 300,000 people, said profits rose.',
    'Mr Hughes, 54, told the court he was innocent. Hughes said he was sorry.',
    'Residents said the water rose. Video shows the crash. Greenpeace accused the government.',
    'Ministers met in Rome. “We are ready,” said Uber.',
  ]);
  const byName = new Map(entities.map((entity) => [entity.name, entity]));
  const cases: Array<[name: string, type: string]> = [
    ['Sony', 'organisation'],
    ['Tesco', 'organisation'],
    ['Greenpeace', 'organisation'],
    ['Uber', 'organisation'],
    ['Mr Hughes', 'person'],
  ];
  it.each(cases)('%s is a %s', (name, type) => {
    expect(byName.get(name)?.type).toBe(type);
  });

  it('joins a bare surname to the titled one beside it and makes no name of a plural or a finding', () => {
    expect(byName.get('Mr Hughes')?.aliases).toContain('Hughes');
    expect(byName.has('Residents')).toBe(false);
    expect(byName.has('Video')).toBe(false);
  });
});
