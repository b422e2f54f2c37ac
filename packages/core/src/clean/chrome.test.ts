import { describe, expect, it } from 'vitest';
import type { Article } from '../model/index.ts';
import { buildCleanContext } from './context.ts';
import { cleanArticle, cleanCorpus } from './index.ts';

const articleOf = (body: string, id = 'a', outletId = `outlet-${id}`, credits: Article['credits'] = []): Article => ({
  id,
  outletId,
  outlet: outletId,
  title: body.split('\n')[0] ?? '',
  body,
  source: `${id}.txt`,
  sourcePath: `${id}.txt`,
  format: 'txt',
  credits,
});

const STORY = [
  'Storm closes the harbour at Dunmore',
  '',
  'The harbour at Dunmore was closed on Friday after a storm damaged the outer wall, the port authority said.',
  '',
  'Fishing boats were moved inland and ferries to the islands were cancelled until at least Monday morning.',
].join('\n');

describe('chrome by structure', () => {
  const cases = [
    ['a comment form after the story', `${STORY}\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *`, 'comment-form'],
    ['a related-links block', `${STORY}\n\nRelated Stories\n\nHarbour wall to be rebuilt\n\nFerry fares rise`, 'related-links'],
    ['a share prompt', `${STORY}\n\nShare this article`, 'share-prompt'],
    ['an empty source label', `${STORY}\nSource:`, 'empty-label'],
    ['a full-version note', `${STORY}\n\nThe full version of this story may include photos and video.`, 'story-version-note'],
    ['an advert line mid-story', STORY.replace('\n\nFishing', '\n\nAdvertisement\n\nFishing'), 'advert'],
  ] as const;
  it.each(cases)('removes %s', (_name, body, rule) => {
    const clean = cleanArticle(articleOf(body));
    expect(clean.cleanText.trim()).toBe(STORY);
    expect(clean.edits.map((e) => e.rule)).toContain(rule);
    expect(clean.edits.every((e) => e.kind === 'chrome' || e.kind === 'whitespace')).toBe(true);
  });

  it('drops the headline repeated as the first body line, and a glued category label', () => {
    const body = `WorldStorm closes the harbour at Dunmore\n\n${STORY}`;
    const clean = cleanArticle(articleOf(body));
    expect(clean.title).toBe('Storm closes the harbour at Dunmore');
    expect(clean.cleanText).toBe(STORY);
    expect(clean.edits.map((e) => e.rule)).toEqual(['category-label', 'repeated-title']);
  });

  it('keeps a company name that merely looks glued', () => {
    const body = 'WorldCom director admits lying\n\nA former WorldCom director said he had lied to the board about the accounts.';
    expect(cleanArticle(articleOf(body)).edits).toEqual([]);
  });

  it('drops a kicker above the headline but keeps a headline with a deck', () => {
    const kicker = cleanArticle(articleOf(`Dunmore & Storm\n\nStorm closes the harbour at Dunmore\n\n${STORY.split('\n\n').slice(1).join('\n\n')}`));
    expect(kicker.title).toBe('Storm closes the harbour at Dunmore');
    expect(kicker.edits[0]?.rule).toBe('kicker');
    const deck = `Arsenal through on penalties\n\nArsenal win 4-2 on penalties\n\nThe goalkeeper saved twice as Arsenal sealed a quarter-final trip with a 4-2 win.`;
    expect(cleanArticle(articleOf(deck)).edits).toEqual([]);
  });

  it('drops an image caption between paragraphs, not a subhead or a short sentence', () => {
    const parts = STORY.split('\n\n');
    const withCaption = [parts[0], parts[1], 'Dunmore after the storm', parts[2], 'Dunmore harbour master said the wall would be surveyed.'].join('\n\n');
    const clean = cleanArticle(articleOf(withCaption));
    expect(clean.edits.map((e) => e.rule)).toEqual(['image-caption']);
    const subhead = [parts[0], parts[1], 'A Sad Day For Dunmore', parts[2]].join('\n\n');
    expect(cleanArticle(articleOf(subhead)).edits).toEqual([]);
  });

  it('moves credit lines to metadata and drops the publisher footer', () => {
    const body = `${STORY}\n\nReuters contributed to this report.\n\nHarbour Herald\nHarbour Heraldhttps://harbourherald.example.com\nHarbour Herald brings you the latest news from the coast and beyond.\n\nMost Read`;
    const clean = cleanArticle(articleOf(body, 'a', 'harbour-herald', [{ kind: 'publisher', name: 'Harbour Herald', text: 'Harbour Heraldhttps://harbourherald.example.com' }]));
    expect(clean.cleanText.trim()).toBe(STORY);
    expect(clean.credits.map((c) => `${c.kind}:${c.name}`)).toEqual(['publisher:Harbour Herald', 'wire:Reuters']);
    expect(clean.editCounts).toMatchObject({ credit: 3, chrome: 2 });
  });
});

describe('chrome by repetition across the corpus', () => {
  it('drops a line most of an outlet repeats, not a line two outlets share', () => {
    const tail = 'The Dunmore Daily, since 1892';
    const bodies = ['Ferry fares rise', 'Harbour wall rebuilt', 'Boats return'].map((title, i) => `${title}\n\nStory ${i} text runs here with a full stop.\n\n${tail}`);
    const cleaned = cleanCorpus(bodies.map((body, i) => articleOf(body, `d${i}`, 'dunmore-daily')));
    for (const clean of cleaned) expect(clean.cleanText).not.toContain(tail);
    expect(cleaned[0]?.edits.find((e) => e.kind === 'chrome')).toMatchObject({ rule: 'repeated-boilerplate', evidence: 'the same line is in 3 of 3 articles from this outlet' });

    const shared = 'Police said no one was hurt.';
    const others = cleanCorpus([articleOf(`A\n\nText one here.\n\n${shared}`, 'x'), articleOf(`B\n\nText two here.\n\n${shared}`, 'y')]);
    for (const clean of others) expect(clean.cleanText).toContain(shared);
  });

  it('ignores lines shared by copies of the same wire story', () => {
    const wire = 'The harbour at Dunmore was closed on Friday after a storm damaged the outer wall, the port authority said on its website.';
    const a = articleOf(`Title A\n\n${wire}\n\nNo injuries were reported`, 'a', 'same');
    const b = articleOf(`Title B\n\n${wire}\n\nNo injuries were reported`, 'b', 'same');
    const context = buildCleanContext([a, b]);
    expect(context.lines.copies.size).toBe(1);
    expect(cleanArticle(a, context).edits).toEqual([]);
  });
});

describe('chrome by general furniture vocabulary', () => {
  const cases = [
    ['a reader prompt mid-story', STORY.replace('\n\nFishing', '\n\nGet the morning headlines in your inbox\n\nFishing'), 'reader-prompt'],
    ['a related block after the story', `${STORY}\n\nMore stories like this\n\nHarbour wall to be rebuilt after survey finds cracks\n\nFerry fares rise again`, 'related-links'],
    ['a pointer to another story between paragraphs', STORY.replace('\n\nFishing', '\n\nEarlier: Harbour wall to be rebuilt\n\nFishing'), 'related-links'],
    ['a photo credit', STORY.replace('\n\nFishing', '\n\nPhotograph: Jane Roe/EPA\n\nFishing'), 'photo-credit'],
    ['an advert marker', STORY.replace('\n\nFishing', '\n\n— Story continues below —\n\nFishing'), 'advert'],
    ['the headline repeated with the site name', STORY.replace('\n\nThe harbour', '\n\nStorm closes the harbour at Dunmore | Coast Courier\n\nThe harbour'), 'repeated-title'],
    ['a pointer and a captioned photo credit after the story', `${STORY}\n\nREAD ALSO: Harbour wall to be rebuilt after winter storms\n\nThe outer wall / Photo via Twitter @DunmorePort`, 'photo-credit'],
    ['a comment block with its header', `${STORY}\n\nReader views\n\nShow all 12 replies`, 'reader-prompt'],
  ] as const;
  it.each(cases)('removes %s', (_name, body, rule) => {
    const clean = cleanArticle(articleOf(body));
    expect(clean.cleanText.trim()).toBe(STORY);
    expect(clean.edits.map((e) => e.rule)).toContain(rule);
  });

  it('takes a section label glued to a title when the label is a common word', () => {
    const body = `WeatherStorm closes the harbour at Dunmore\n\n${STORY.split('\n\n').slice(1).join('\n\n')}\n\nThe weather service said storms were likely.`;
    const clean = cleanArticle(articleOf(body));
    expect(clean.title).toBe('Storm closes the harbour at Dunmore');
  });

  it('keeps a short Title Case headline above a stand-first', () => {
    const body = 'Storm Closes Dunmore Harbour\n\nThe storm closes Dunmore harbour as ferries to the islands are cancelled\n\nThe harbour at Dunmore was closed on Friday after a storm damaged the outer wall.';
    expect(cleanArticle(articleOf(body)).edits).toEqual([]);
  });
});
