import type { SentenceReceipt } from '@parallax/api';
import type { Claim } from '@parallax/core';
import { Fragment, type ReactNode } from 'react';
import { articleHref, outletHref } from '../lib/anchors.ts';
import { formatQuantity, MODALITY_LABELS } from '../lib/format.ts';
import { nameOf, type OutletNames } from '../lib/names.ts';

export interface ReceiptsProps {
  /** Outlets in the order to show them; outlets of claims not listed here follow. */
  outletIds: readonly string[];
  claims: readonly Claim[];
  sentences: readonly SentenceReceipt[];
  outletNames: OutletNames;
  articleTitles: Readonly<Record<string, string>>;
}

/** The source sentence with the claim's own span marked where it is only part of the sentence. */
function SourceSentence({ claim, sentence }: { claim: Claim; sentence: SentenceReceipt }) {
  const from = claim.start - sentence.start;
  const to = claim.end - sentence.start;
  const isPart = from >= 0 && to <= sentence.text.length && to > from && to - from < sentence.text.length;
  return (
    <blockquote className="receipt__source">
      {isPart ? (
        <>
          {sentence.text.slice(0, from)}
          <mark className="receipt__span">{sentence.text.slice(from, to)}</mark>
          {sentence.text.slice(to)}
        </>
      ) : (
        sentence.text
      )}
    </blockquote>
  );
}

/** What else a receipt says about its claim: certainty, credit, speaker, numbers, and where it is. */
function metaOf(claim: Claim, articleTitle: string): ReactNode[] {
  const items: ReactNode[] = [];
  const isCited = claim.modality === 'reported' && claim.attribution !== null;
  if (claim.modality !== 'asserted') {
    items.push(
      <span className={`badge badge--modality-${claim.modality}`}>
        {isCited ? `cites ${claim.attribution?.source}` : MODALITY_LABELS[claim.modality]}
        {claim.modalityCues.length > 0 ? `: ${claim.modalityCues.join(', ')}` : ''}
      </span>,
    );
  }
  if (claim.attribution && !isCited) items.push(<span>credits {claim.attribution.source}</span>);
  if (claim.quote) items.push(<span>quotes {claim.quote.speaker ?? 'an unnamed speaker'}</span>);
  for (const quantity of claim.quantities) {
    const normalized = quantity.normalized.unit !== quantity.unit ? ` = ${formatQuantity(quantity.normalized.value, quantity.normalized.unit)}` : '';
    items.push(<span className="quantity">{`${quantity.text}${normalized}`}</span>);
  }
  items.push(<a href={articleHref(claim.articleId, claim.sentenceId)}>in context: {articleTitle}</a>);
  return items;
}

function ClaimReceipt({ claim, sentence, articleTitle }: { claim: Claim; sentence: SentenceReceipt | undefined; articleTitle: string }) {
  const restates = sentence === undefined || claim.text.trim() !== sentence.text.trim();
  return (
    <li className="receipt">
      {restates ? <p className="receipt__claim">{claim.text}</p> : null}
      {sentence ? <SourceSentence claim={claim} sentence={sentence} /> : <p className="empty">The source sentence is not in the digest.</p>}
      <p className="receipt__meta">
        {metaOf(claim, articleTitle).map((item, index) => (
          <Fragment key={index}>
            {index > 0 ? ' ' : null}
            {item}
          </Fragment>
        ))}
      </p>
    </li>
  );
}

/** Every claim of a cluster with the exact sentence it rests on, outlet by outlet. */
export function Receipts({ outletIds, claims, sentences, outletNames, articleTitles }: ReceiptsProps) {
  const sentenceById = new Map(sentences.map((sentence) => [sentence.sentenceId, sentence]));
  const order = [...new Set([...outletIds, ...claims.map((claim) => claim.outletId)])];
  return (
    <div className="receipts">
      {order.map((outletId) => {
        const own = claims.filter((claim) => claim.outletId === outletId);
        if (own.length === 0) return null;
        return (
          <section key={outletId} className="receipts__outlet" aria-labelledby={`receipts-${outletId}`}>
            <h3 id={`receipts-${outletId}`}>
              <a href={outletHref(outletId)}>{nameOf(outletNames, outletId)}</a>
            </h3>
            <ul>
              {own.map((claim) => (
                <ClaimReceipt key={claim.id} claim={claim} sentence={sentenceById.get(claim.sentenceId)} articleTitle={articleTitles[claim.articleId] ?? claim.articleId} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
