import type { Digest, QuoteEntry } from '@parallax/core';
import { indexDigest } from '../data/digest-index.ts';
import { count, quoteIntegrityText } from '../format/describe.ts';
import { heading, note, receipt } from '../lines/blocks.ts';
import { where } from './receipt-lines.ts';
import type { Line, Segment } from '../lines/line.ts';
import { DIM, integritySegment, OUTLET, TITLE } from '../lines/styles.ts';
import { wrapSegments, wrapText } from '../lines/wrap.ts';

/** A quote, who said it, how faithfully each outlet carries it, word by word. */
export function quoteLines(quote: QuoteEntry, digest: Digest, width: number): Line[] {
  const index = indexDigest(digest);
  const lines: Line[] = [
    ...wrapText(`“${quote.text}”`, width, { style: TITLE }),
    ...wrapText(`— ${quote.speaker ?? 'unattributed'} · ${count(quote.outletIds.length, 'outlet')}`, width),
    ...wrapSegments([integritySegment(quote.integrity), { text: `: ${quoteIntegrityText(quote.integrity)}`, style: DIM }], width),
  ];
  lines.push(...heading('As each outlet gives it'));
  for (const variant of quote.variants) {
    lines.push([], [{ text: `  ${index.outletName(variant.outletId)}`, style: OUTLET }]);
    lines.push(...wrapText(`“${variant.text}”`, width, { indent: 4 }));
    if (variant.differences.length > 0) lines.push(...wrapSegments([{ text: 'differs: ', style: DIM }, ...variant.differences.flatMap(difference)], width, { indent: 4 }));
    lines.push(...sentenceOf(variant.claimId, digest, width));
  }
  // Without aligned variants, the claims still say where the quote was found.
  if (quote.variants.length === 0) {
    if (quote.claimIds.length === 0) lines.push(...note(quote.outletIds.map(index.outletName).join(', '), width));
    for (const claimId of quote.claimIds) {
      const claim = index.claim(claimId);
      lines.push([], [{ text: `  ${claim ? index.outletName(claim.outletId) : claimId}`, style: OUTLET }], ...sentenceOf(claimId, digest, width));
    }
  }
  return lines;
}

/** The sentence a claim comes from, with where it sits. */
function sentenceOf(claimId: string, digest: Digest, width: number): Line[] {
  const index = indexDigest(digest);
  const claim = index.claim(claimId);
  const source = claim ? index.sentence(claim.sentenceId) : undefined;
  return source ? [...receipt(source.sentence.text, width), ...where(source.article.id, source.sentence.index, width)] : [];
}

/** `-word` in red, `+word` in green. */
function difference(change: string): Segment[] {
  const color = change.startsWith('-') ? 'red' : change.startsWith('+') ? 'green' : undefined;
  return [color ? { text: change, style: { color } } : { text: change }, { text: ' ' }];
}
