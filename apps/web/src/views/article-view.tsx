import type { Claim, DigestArticle } from '@parallax/core';
import { EditList } from '../components/edit-list.tsx';
import { IntegrityPanel } from '../components/integrity-panel.tsx';
import { MarkedArticle } from '../components/marked-article.tsx';
import { EmptyState, Section } from '../components/section.tsx';
import { articleHref, outletHref } from '../lib/anchors.ts';
import { formatDate, MODALITY_LABELS, plural } from '../lib/format.ts';
import { integrityOf } from '../lib/integrity.ts';

export interface ArticleViewProps {
  article: DigestArticle;
  outletName: string;
  claims: readonly Claim[];
  /** Other articles by id, to name the copy this one aligns with. */
  others: Readonly<Record<string, { title: string; outlet: string }>>;
}

/** One article: its clean text with every repair and flag marked, its edits, spin and claims. */
export function ArticleView({ article, outletName, claims, others }: ArticleViewProps) {
  const substitutions = article.spin.substitutions;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="/">← Digest</a> / <a href={outletHref(article.outletId)}>{outletName}</a>
      </nav>
      <header className="page-head">
        <p className="eyebrow">
          <a href={outletHref(article.outletId)}>{outletName}</a>
          {article.publishedAt ? <> · <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time></> : null}
        </p>
        <h1>{article.title || article.source}</h1>
        <p className="counts">
          {article.source}
          {article.url ? (
            <>
              {' · '}
              <a href={article.url} rel="noreferrer noopener">
                original
              </a>
            </>
          ) : null}
          {article.credits.length > 0 ? ` · ${article.credits.map((credit) => `${credit.kind}: ${credit.name}`).join('; ')}` : ''}
        </p>
      </header>

      <Section id="summary" title="Summary">
        {article.summary.length > 0 ? (
          <ul className="summary">
            {article.summary.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        ) : (
          <EmptyState>No summary for this article.</EmptyState>
        )}
      </Section>

      <Section id="integrity" title="Integrity">
        <IntegrityPanel integrity={integrityOf([article], undefined)} />
        {substitutions.length > 0 ? (
          <>
            <h3>Spin substitutions</h3>
            <ul className="spin">
              {substitutions.map((sub) => (
                <li key={`${sub.start}:${sub.end}`}>
                  <del>{sub.original}</del> where <a href={articleHref(sub.alignedArticleId)}>{others[sub.alignedArticleId]?.outlet ?? sub.alignedArticleId}</a> writes <ins>{sub.common}</ins>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>

      <Section
        id="text"
        title="Clean text"
        note="Repairs are highlighted and flags underlined: hover or focus one (Tab) to see what the source said. Whitespace and invisible-character repairs are only in the list of edits."
      >
        <MarkedArticle article={article} />
        {article.edits.length > 0 ? <EditList edits={article.edits} /> : <p className="muted">The cleaner changed nothing in this article.</p>}
      </Section>

      <Section id="claims" title={`Claims (${claims.length})`}>
        {claims.length > 0 ? (
          <details className="claims" open={claims.length <= 20}>
            <summary>{plural(claims.length, 'claim')} from this article</summary>
            <ol>
              {claims.map((claim) => (
                <li key={claim.id}>
                  {claim.modality !== 'asserted' ? <span className={`badge badge--modality-${claim.modality}`}>{MODALITY_LABELS[claim.modality]}</span> : null} {claim.text}
                </li>
              ))}
            </ol>
          </details>
        ) : (
          <EmptyState>No claims were extracted from this article.</EmptyState>
        )}
      </Section>
    </>
  );
}
