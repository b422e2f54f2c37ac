import type { Conflict } from '@parallax/core';
import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { htmlOf, textOf } from '../../test/render.ts';
import { outletNamesOf } from '../lib/names.ts';
import { ConflictList, sidesOf } from './conflict-list.tsx';

const names = outletNamesOf(fullDigest.outlets);
const sentenceArticles = new Map(fullDigest.articles.flatMap((article) => article.sentences.map((sentence) => [sentence.id, article.id] as const)));
const [speed, closed] = fullDigest.conflicts as [Conflict, Conflict];

describe('sidesOf', () => {
  it('groups positions that say the same thing and keeps the words as written', () => {
    expect(sidesOf(speed).map((side) => [side.value, side.asWritten, side.positions.map((p) => p.outletId)])).toEqual([
      ['22.2 km/h', '12 knots', ['wire-desk', 'copy-site']],
      ['25.9 km/h', '14 knots', ['city-courier']],
    ]);
  });

  it('states certainty conflicts by what each outlet does with the claim', () => {
    expect(sidesOf(closed).map((side) => side.value)).toEqual(['states', 'hedges']);
  });

  it('falls back to the text for a numeric position without a value', () => {
    const conflict: Conflict = { ...speed, positions: speed.positions.map(({ value: _value, ...position }) => position) };
    expect(sidesOf(conflict).map((side) => side.value)).toEqual(['12 knots', '14 knots']);
  });
});

describe('ConflictList', () => {
  it('reads as a conflict: each side with its outlets, joined by vs', () => {
    expect(textOf(<ConflictList conflicts={[speed]} outletNames={names} sentenceArticles={sentenceArticles} />)).toBe(
      'Major Numbers differ: speed (gap 14%) 22.2 km/h 12 knots (Wire Desk, Copy Site) vs 25.9 km/h 14 knots (City Courier) Outlets disagree on the ferry’s speed: 12 knots against 14 knots receipts',
    );
  });

  it('links every position to its sentence and the conflict to its receipts, unless told not to', () => {
    const html = htmlOf(<ConflictList conflicts={[speed]} outletNames={names} sentenceArticles={sentenceArticles} />);
    expect(html).toContain('href="/articles/a3-courier#s-a3-courier_s2"');
    expect(html).toContain('href="/clusters/k-speed"');
    expect(html).toContain('id="conflict-x-speed"');
    expect(htmlOf(<ConflictList conflicts={[speed]} outletNames={names} sentenceArticles={sentenceArticles} linkClusters={false} />)).not.toContain('/clusters/');
  });
});

describe('ConflictList with several claims from one outlet on a side', () => {
  it('names the outlet once', () => {
    const [first] = speed.positions;
    if (!first) throw new Error('fixture missing');
    const conflict: Conflict = { ...speed, positions: [...speed.positions, { ...first, claimId: 'another-claim' }] };
    expect(textOf(<ConflictList conflicts={[conflict]} outletNames={names} sentenceArticles={sentenceArticles} />)).toContain('(Wire Desk, Copy Site) vs');
  });
});
