import type { QuoteEntry } from '@parallax/core';
import { useMemo } from 'react';
import { count } from '../format/describe.ts';
import { useLoadedDigest } from '../hooks/use-digest.ts';
import { DIM, HEADING, integritySegment } from '../lines/styles.ts';
import { ListScreen } from './list-screen.tsx';
import type { ScreenProps } from './route-props.ts';

const SPEAKER_WIDTH = 22;
const UNATTRIBUTED = 'unattributed';

/** Quotes sorted by speaker (unattributed last), each speaker's name shown once; enter compares outlets. */
export function QuotesScreen({ onOpen }: ScreenProps) {
  const digest = useLoadedDigest();
  const quotes = useMemo(() => sortBySpeaker(digest.quotes), [digest]);
  const speakers = new Set(quotes.map((quote) => quote.speaker ?? UNATTRIBUTED)).size;
  return (
    <ListScreen<QuoteEntry>
      viewKey="quotes"
      header={[{ text: `Quotes · ${quotes.length}`, style: HEADING }, { text: ` · by ${count(speakers, 'speaker')}`, style: DIM }]}
      items={quotes}
      searchText={(quote) => `${quote.speaker ?? UNATTRIBUTED} ${quote.text} ${quote.integrity}`}
      row={(quote) => {
        const previous = quotes[quotes.indexOf(quote) - 1];
        const isFirstOfSpeaker = previous === undefined || previous.speaker !== quote.speaker;
        const speaker = (quote.speaker ?? UNATTRIBUTED).slice(0, SPEAKER_WIDTH - 1).padEnd(SPEAKER_WIDTH);
        return [
          { text: speaker, style: isFirstOfSpeaker ? { bold: true, color: quote.speaker ? 'magenta' : 'gray' } : DIM },
          { text: `${String(quote.outletIds.length).padStart(2)} × `, style: DIM },
          integritySegment(quote.integrity, true),
          { text: `“${quote.text}”` },
        ];
      }}
      emptyText="No quotes found."
      onOpen={(quote) => onOpen({ screen: 'quote', id: quote.id })}
    />
  );
}

/** By speaker name; unattributed quotes last; the digest's order within a speaker. */
export function sortBySpeaker(quotes: readonly QuoteEntry[]): QuoteEntry[] {
  return quotes
    .map((quote, index) => ({ quote, index }))
    .sort((a, b) => compareSpeakers(a.quote.speaker, b.quote.speaker) || a.index - b.index)
    .map(({ quote }) => quote);
}

function compareSpeakers(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'en');
}
