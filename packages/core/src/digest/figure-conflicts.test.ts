import { describe, expect, it } from 'vitest';
import { ArticleSchema, type Article, type Conflict } from '../model/index.ts';
import { buildDigest } from '../pipeline.ts';

// Whole stories through the pipeline, written for these tests in wire style (none is a labelled story).
function article(outlet: string, publishedAt: string, body: string): Article {
  const id = outlet.toLowerCase().replaceAll(' ', '-');
  return ArticleSchema.parse({
    id,
    outletId: id,
    outlet,
    title: body.split('\n')[0] ?? '',
    body,
    source: `${id}.txt`,
    sourcePath: `${id}.txt`,
    format: 'txt',
    publishedAt,
  });
}

function numeric(articles: Article[]): Conflict[] {
  return buildDigest(articles).conflicts.filter((conflict) => conflict.kind === 'numeric');
}

function summaryLines(articles: Article[], pattern: RegExp): string[] {
  return buildDigest(articles).summary.filter((line) => pattern.test(line));
}

const texts = (conflict: Conflict | undefined) => (conflict?.positions ?? []).map((p) => `${p.outletId}: ${p.text}`).sort();

describe('numeric conflicts of counts, read with what happened to what they count', () => {
  const floods = [
    article('Valley Wire', '2024-06-02', [
      'Floods kill more than 40 in northern valleys',
      '',
      'The death toll from the floods in the northern valleys rose to 41 on Saturday, the civil protection agency said.',
      '',
      'At least 112 people were injured, 30 of them seriously, the agency said.',
      '',
      'The 1987 floods in the same valleys killed more than 600 people.',
    ].join('\n')),
    article('Morning Post', '2024-06-03', [
      'Flood toll rises',
      '',
      'The number of people killed in the floods in the northern valleys has risen to 47, officials said on Sunday.',
      '',
      'More than 100 people were hurt.',
    ].join('\n')),
    article('River Radio', '2024-06-02', [
      'Floods in the north',
      '',
      'Officials said 41 people had died in the floods in the northern valleys and 112 had been injured.',
    ].join('\n')),
  ];
  const conflicts = numeric(floods);
  const dead = conflicts.find((c) => c.dimension?.includes('dead'));

  it('sets the death toll of one day against the next, and says the figures are from different times', () => {
    expect(texts(dead)).toEqual(expect.arrayContaining([expect.stringMatching(/^morning-post: 47/), expect.stringMatching(/^valley-wire: 41/)]));
    expect(dead?.severity).toBe('major');
    expect(dead?.summary).toMatch(/different times \(“on Saturday”, “on Sunday”\)/);
    expect(summaryLines(floods, /people dead/)).toEqual([expect.stringMatching(/Morning Post gives “47”.*different times \(“on Saturday”, “on Sunday”\)\.$/)]);
  });

  it('says nothing of time when figures of one day differ', () => {
    const sameDay = [
      article('Valley Wire', '2024-06-02', 'Flood toll rises\n\nThe death toll from the floods in the northern valleys rose to 41, the civil protection agency said.'),
      article('River Radio', '2024-06-02', 'Floods in the north\n\nThe death toll from the floods in the northern valleys rose to 44, officials said.'),
    ];
    const toll = numeric(sameDay).find((c) => c.dimension?.includes('dead'));
    expect(toll?.severity).toBe('major');
    expect(toll?.summary).not.toMatch(/different/);
  });

  it('never sets the injured against the dead, a round floor against counts that meet it, or a past toll against this one', () => {
    const all = conflicts.flatMap(texts);
    expect(all.filter((text) => /112|100|600|more than 40/.test(text))).toEqual([]);
    expect(conflicts.filter((c) => c.dimension?.includes('injured'))).toEqual([]);
  });
});

describe('numeric conflicts of sources', () => {
  const quake = [
    article('Coast Wire', '2024-02-06', [
      'Strong quake shakes the coast',
      '',
      'A magnitude 6.1 earthquake struck off the coast on Tuesday, according to the US Geological Survey.',
      '',
      'An aftershock of magnitude 5.2 followed an hour later.',
      '',
      'The epicentre was 30 kilometres (19 miles) east of the port.',
    ].join('\n')),
    article('Harbour Times', '2024-02-06', [
      'Quake damages hundreds of homes',
      '',
      'The magnitude 6.1 quake damaged hundreds of homes near the port, the US Geological Survey said.',
      '',
      "The country's seismology institute measured the earthquake at magnitude 6.4.",
      '',
      'The epicentre was about 19 miles east of the port.',
    ].join('\n')),
  ];
  const conflicts = numeric(quake);

  it('sets one magnitude against another and names the source of each', () => {
    const magnitude = conflicts.find((c) => c.dimension?.startsWith('magnitude'));
    expect(magnitude?.severity).toBe('major');
    expect(texts(magnitude)).toEqual(
      expect.arrayContaining([
        'coast-wire: magnitude 6.1 (US Geological Survey)',
        "harbour-times: magnitude 6.4 (country's seismology institute)",
      ]),
    );
  });

  it('never sets an aftershock against the quake, nor a figure against its own conversion', () => {
    const all = conflicts.flatMap(texts);
    expect(all.filter((text) => text.includes('5.2'))).toEqual([]);
    expect(all.filter((text) => text.startsWith('coast-wire: 19 miles'))).toEqual([]);
  });
});

describe('numeric conflicts of shares of a vote', () => {
  const election = [
    article('North Wire', '2024-05-06', [
      'Mayor re-elected with 52% of vote',
      '',
      'Mayor Ana Ruiz won a second term with 52% of the vote, the electoral commission said on Sunday. Turnout was 61%, up from 55% in 2020.',
      '',
      'Her rival, Tom Beck, took 38%.',
    ].join('\n')),
    article('City Daily', '2024-05-06', [
      'Ruiz wins again',
      '',
      'Ana Ruiz was re-elected mayor with 54 per cent of the vote. Turnout was 61 per cent.',
      '',
      'Tom Beck won 38 per cent.',
    ].join('\n')),
    article('Radio Centre', '2024-05-06', ['Ruiz keeps city hall', '', 'Ana Ruiz won with 52 percent of the vote on a turnout of 58 percent.'].join('\n')),
  ];
  const conflicts = numeric(election);

  it("sets one candidate's share against the same candidate's, never against a rival's", () => {
    const all = conflicts.map((c) => texts(c).join(' | '));
    expect(all).toContain('city-daily: 54 per cent | north-wire: 52% | radio-centre: 52 percent');
    expect(all.filter((line) => line.includes('38'))).toEqual([]);
  });

  it("keeps a past year to its own clause: this year's turnout still meets another outlet's", () => {
    const all = conflicts.map((c) => texts(c).join(' | '));
    expect(all).toContain('city-daily: 61 per cent | north-wire: 61% | radio-centre: 58 percent');
  });
});
