import type { QuoteEntry } from '@parallax/core';
import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { htmlOf, textOf } from '../../test/render.ts';
import { outletNamesOf } from '../lib/names.ts';
import { groupBySpeaker, QuotesBySpeaker } from './quotes-by-speaker.tsx';

const quote = (id: string, speaker: string | null, outletIds: string[]): QuoteEntry => ({ id, speaker, text: id, outletIds, claimIds: [], variants: [], integrity: 'verbatim' });

describe('groupBySpeaker', () => {
  it('puts the most widely carried speakers first and unattributed quotes last', () => {
    const groups = groupBySpeaker([quote('q1', null, ['a', 'b', 'c']), quote('q2', 'Zoe Park', ['a']), quote('q3', 'Ana Ruiz', ['a', 'b']), quote('q4', 'Zoe Park', ['c'])]);
    expect(groups.map((group) => [group.speaker, group.quotes.map((q) => q.id)])).toEqual([
      ['Ana Ruiz', ['q3']],
      ['Zoe Park', ['q2', 'q4']],
      ['Unattributed', ['q1']],
    ]);
  });
});

describe('QuotesBySpeaker', () => {
  it('shows the quote, its integrity and how an outlet altered the words', () => {
    const names = outletNamesOf(fullDigest.outlets);
    expect(textOf(<QuotesBySpeaker quotes={fullDigest.quotes} outletNames={names} />)).toBe(
      'Ana Ruiz 1 quote We are inspecting every pier Worded differently Wire Desk and City Courier City Courier: We are inspecting each pier every each',
    );
    const html = htmlOf(<QuotesBySpeaker quotes={fullDigest.quotes} outletNames={names} />);
    expect(html).toContain('<del>every</del>');
    expect(html).toContain('<ins>each</ins>');
  });
});
