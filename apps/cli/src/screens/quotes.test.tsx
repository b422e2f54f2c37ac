import { describe, expect, it, vi } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { ENTER, press, renderScreen } from '../../test/fixtures/ink.tsx';
import type { Route } from '../hooks/use-navigation.ts';
import { QuoteScreen } from './quote.tsx';
import { QuotesScreen, sortBySpeaker } from './quotes.tsx';

describe('QuotesScreen', () => {
  it('lists quotes by speaker, unattributed last, with outlets and integrity', async () => {
    const onOpen = vi.fn<(route: Route) => void>();
    const { lastFrame, stdin } = renderScreen(<QuotesScreen onOpen={onOpen} />, fullDigest());
    const rows = (lastFrame() ?? '').split('\n');
    expect(rows[0]).toContain('Quotes · 2 · by 2 speakers');
    expect(rows[1]).toMatch(/› Ana Lopez\s+2 × altered\s+“We cannot take any risks with public safety”/);
    expect(rows[2]).toMatch(/unattributed\s+1 × single-source\s+“It is a mess”/);
    await press(stdin, 'j', ENTER);
    expect(onOpen).toHaveBeenCalledWith({ screen: 'quote', id: 'q-commuter' });
  });

  it('sorts by speaker name and keeps the digest order within a speaker', () => {
    const [first, second] = fullDigest().quotes;
    if (!first || !second) throw new Error('fixture needs two quotes');
    const quotes = [{ ...second, id: 'a' }, { ...first, id: 'b', speaker: 'Zoe' }, { ...first, id: 'c' }, { ...first, id: 'd' }];
    expect(sortBySpeaker(quotes).map((quote) => quote.id)).toEqual(['c', 'd', 'b', 'a']);
  });
});

describe('QuoteScreen', () => {
  it('shows how each outlet gives the quote, word differences included', () => {
    const frame = renderScreen(<QuoteScreen id="q-lopez" />, fullDigest(), { width: 100, height: 40 }).lastFrame() ?? '';
    expect(frame).toContain('— Ana Lopez · 2 outlets');
    expect(frame).toContain('altered: worded differently between outlets');
    expect(frame).toMatch(/Metro Wire\n\s+“We cannot take risks with public safety”\n\s+differs: -any/);
    expect(frame).toContain('courier-1 · sentence 4');
  });
});
