import { describe, expect, it } from 'vitest';
import { buildStory } from '../../test/fixtures/stories/builder.ts';
import { MILL_FIRE } from '../../test/fixtures/stories/mill-fire.ts';
import { assembleDigest } from './index.ts';
import { parseSupportPhrase, supportPhrase } from './support-phrase.ts';

const digest = assembleDigest(buildStory(MILL_FIRE));
const outlet = (id: string) => digest.outletSummaries.find((s) => s.outletId === id);

describe('digest summary', () => {
  it('has 5 to 8 sentences, the most independently corroborated first, each with its support', () => {
    expect(digest.summary.length).toBeGreaterThanOrEqual(5);
    expect(digest.summary.length).toBeLessThanOrEqual(8);
    expect(digest.summary[0]).toBe('Reported by four outlets (three independent sources): Police arrested a man on suspicion of arson on Monday.');
    const supports = digest.summary.map(parseSupportPhrase).filter((s) => s !== null).map((s) => s.independent);
    expect(supports).toEqual([...supports].sort((a, b) => b - a));
  });

  it('states conflicts as conflicts, quoting the sources’ own words', () => {
    expect(digest.summary).toContain('Outlets disagree on when it happened: Alpha News gives “on Sunday night”; Beacon Post gives “on Sunday afternoon”; Civic Wire gives “on Sunday”.');
    expect(digest.summary.some((s) => s.startsWith('Outlets contradict each other: Alpha News states it, while Delta Daily denies it'))).toBe(true);
  });
});

describe('outlet summaries', () => {
  it('picks 3 to 5 sentences per outlet by coverage, in reading order', () => {
    for (const summary of digest.outletSummaries) {
      expect(summary.summary.length).toBeGreaterThanOrEqual(3);
      expect(summary.summary.length).toBeLessThanOrEqual(5);
      const order = summary.summarySentenceIds.map((id) => Number(id.split('#s')[1]));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('prefers widely carried sentences over the lead when choosing fewer than all', () => {
    const alpha = outlet('alpha-news');
    // Six body sentences, three chosen: the arrest (carried by four outlets) must be among them.
    expect(alpha?.summarySentenceIds).toContain('alpha#s5');
  });

  it('lists what only this outlet reports and what most others report that it leaves out', () => {
    const civic = outlet('civic-wire');
    const money = digest.clusters.find((c) => c.claimIds.includes('civic#s4#c0'));
    expect(civic?.exclusiveClusterIds).toContain(money?.id);
    const quote = digest.clusters.find((c) => c.claimIds.includes('alpha#s4#c0'));
    expect(civic?.omittedClusterIds).toContain(quote?.id);
    expect(outlet('alpha-news')?.omittedClusterIds).not.toContain(quote?.id);
  });

  it('checks the headline against its own body', () => {
    expect(outlet('alpha-news')?.headline).toEqual({
      text: 'Fire destroys Hollins textile mill in Leeds',
      supported: true,
      supportingSentenceIds: ['alpha#s1'],
    });
    // 'gutted by overnight blaze': the body says the fire was in the afternoon and never 'overnight'.
    expect(outlet('beacon-post')?.headline.supported).toBe(false);
  });

  it('carries each article’s own summary', () => {
    for (const article of digest.articles) expect(article.summary.length).toBeGreaterThanOrEqual(3);
  });
});

describe('supportPhrase', () => {
  const cases = [
    [4, 3, 'Reported by four outlets (three independent sources): '],
    [3, 3, 'Reported by three independent outlets: '],
    [2, 1, 'Reported by two outlets (one independent source): '],
  ] as const;
  it.each(cases)('%i outlets, %i independent', (outlets, independent, phrase) => {
    expect(supportPhrase(outlets, independent)).toBe(phrase);
    expect(parseSupportPhrase(`${phrase}Rest.`)).toMatchObject({ outlets, independent, rest: 'Rest.' });
  });
});
