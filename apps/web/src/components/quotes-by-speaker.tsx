import type { QuoteEntry } from '@parallax/core';
import { Fragment } from 'react';
import { plural } from '../lib/format.ts';
import { listNames, nameOf, type OutletNames } from '../lib/names.ts';

const INTEGRITY_LABELS: Record<QuoteEntry['integrity'], string> = {
  verbatim: 'Verbatim everywhere',
  altered: 'Worded differently',
  'paraphrase-as-quote': 'Paraphrase shown as a quote',
  'single-source': 'One outlet only',
};
const UNATTRIBUTED = 'Unattributed';

/**
 * Quotes grouped by speaker, the most widely carried speakers first; unattributed quotes last.
 *
 * @example
 * groupBySpeaker(quotes)[0] // { speaker: 'Ana Ruiz', quotes: [...] }
 */
export function groupBySpeaker(quotes: readonly QuoteEntry[]): { speaker: string; quotes: QuoteEntry[] }[] {
  const groups = new Map<string, QuoteEntry[]>();
  for (const quote of quotes) {
    const speaker = quote.speaker ?? UNATTRIBUTED;
    groups.set(speaker, [...(groups.get(speaker) ?? []), quote]);
  }
  const reach = (entries: readonly QuoteEntry[]) => new Set(entries.flatMap((entry) => entry.outletIds)).size;
  return [...groups.entries()]
    .map(([speaker, entries]) => ({ speaker, quotes: entries }))
    .sort((a, b) => Number(a.speaker === UNATTRIBUTED) - Number(b.speaker === UNATTRIBUTED) || reach(b.quotes) - reach(a.quotes) || a.speaker.localeCompare(b.speaker, 'en'));
}

/** Word-level differences as removed and added words: `-every` `+each`. */
function Differences({ differences }: { differences: readonly string[] }) {
  return (
    <span className="diff">
      {differences.map((difference, index) => (
        <Fragment key={index}>
          {index > 0 ? ' ' : null}
          {difference.startsWith('-') ? <del>{difference.slice(1)}</del> : <ins>{difference.startsWith('+') ? difference.slice(1) : difference}</ins>}
        </Fragment>
      ))}
    </span>
  );
}

/** Who said what, with how faithfully each outlet carries the words. */
export function QuotesBySpeaker({ quotes, outletNames }: { quotes: readonly QuoteEntry[]; outletNames: OutletNames }) {
  return (
    <div className="speakers">
      {groupBySpeaker(quotes).map((group) => (
        <section key={group.speaker} className="speaker" aria-label={`Quotes from ${group.speaker}`}>
          <h3>
            {group.speaker} <span className="count">{plural(group.quotes.length, 'quote')}</span>
          </h3>
          <ul className="quotes">
            {group.quotes.map((quote) => (
              <li key={quote.id} className="quote">
                <blockquote>{quote.text}</blockquote>
                <p className="quote__meta">
                  <span className={`badge badge--quote-${quote.integrity}`}>{INTEGRITY_LABELS[quote.integrity]}</span>{' '}
                  {listNames(quote.outletIds.map((id) => nameOf(outletNames, id)))}
                </p>
                {quote.variants.some((variant) => variant.differences.length > 0) ? (
                  <ul className="quote__variants">
                    {quote.variants
                      .filter((variant) => variant.differences.length > 0)
                      .map((variant) => (
                        <li key={`${variant.outletId}:${variant.claimId}`}>
                          {nameOf(outletNames, variant.outletId)}: <q>{variant.text}</q> <Differences differences={variant.differences} />
                        </li>
                      ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
