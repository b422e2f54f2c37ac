import type { Digest } from '@parallax/core';
import { ClusterExplorer } from '../components/cluster-explorer.tsx';
import { ConflictList } from '../components/conflict-list.tsx';
import { CoverageMatrix } from '../components/coverage-matrix.tsx';
import { DigestSummary } from '../components/digest-summary.tsx';
import { OutletTable } from '../components/outlet-table.tsx';
import { QuotesBySpeaker } from '../components/quotes-by-speaker.tsx';
import { EmptyState, Section } from '../components/section.tsx';
import { Timeline } from '../components/timeline.tsx';
import { toClusterRow } from '../lib/cluster-row.ts';
import { plural } from '../lib/format.ts';
import { outletNamesOf } from '../lib/names.ts';
import { indexSentences } from '../lib/summary-receipts.ts';

const SECTIONS = [
  ['summary', 'Summary'],
  ['conflicts', 'Conflicts'],
  ['claims', 'Claims'],
  ['matrix', 'Who reports what'],
  ['quotes', 'Quotes'],
  ['timeline', 'Timeline'],
  ['outlets', 'Outlets'],
] as const;

export interface DigestViewProps {
  digest: Digest;
  /** List every claim cluster at once, not only the best-supported ones. */
  showAllClaims?: boolean;
}

/** The cross-source digest page: summary, conflicts, ranked claims, matrix, quotes, timeline, outlets. */
export function DigestView({ digest, showAllClaims = false }: DigestViewProps) {
  const outletNames = outletNamesOf(digest.outlets);
  // The digest's order: most independent support first. Every list below keeps it.
  const { clusters } = digest;
  const sentences = indexSentences(digest.articles);
  const sentenceArticles = new Map([...sentences.values()].map((sentence) => [sentence.sentenceId, sentence.articleId] as const));
  const hasClusters = clusters.length > 0;
  // The matrix leads with what several outlets carry; claims of one outlet alone fold away.
  const isShared = (cluster: (typeof clusters)[number]) => cluster.outletIds.length > 1 || cluster.conflictIds.length > 0;
  const shared = clusters.filter(isShared);
  const alone = clusters.filter((cluster) => !isShared(cluster));
  const warnings = digest.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info');

  return (
    <>
      <header className="page-head">
        <p className="eyebrow">Cross-source digest</p>
        <h1>{digest.corpus.title ?? digest.corpus.name}</h1>
        <p className="counts">
          {plural(digest.articles.length, 'article')} from {plural(digest.outlets.length, 'outlet')} · {plural(digest.claims.length, 'claim')} ·{' '}
          {plural(clusters.length, 'claim cluster')} · {plural(digest.conflicts.length, 'conflict')}
        </p>
        <nav aria-label="On this page" className="toc">
          <ul>
            {SECTIONS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      {warnings.length > 0 ? (
        <details className="diagnostics">
          <summary>{plural(warnings.length, 'problem')} reading the corpus</summary>
          <ul>
            {warnings.map((diagnostic, index) => (
              <li key={index}>{diagnostic.message}</li>
            ))}
          </ul>
        </details>
      ) : null}

      <Section id="summary" title="Summary" note="The story across outlets, most independently corroborated first. Each line links to its receipts and unfolds to the sentences behind it.">
        {digest.summaryLines.length > 0 ? (
          <DigestSummary lines={digest.summaryLines} sentences={sentences} outletNames={outletNames} />
        ) : (
          <EmptyState>No cross-source summary for this corpus yet. Each outlet’s own summary is on its page below.</EmptyState>
        )}
      </Section>

      <Section id="conflicts" title="Conflicts" note="Where outlets disagree. Values are never averaged: every side is shown with its outlets.">
        {digest.conflicts.length > 0 ? (
          <ConflictList conflicts={digest.conflicts} outletNames={outletNames} sentenceArticles={sentenceArticles} />
        ) : (
          <EmptyState>{hasClusters ? 'No conflicts: where outlets carry the same claim, they agree.' : 'Conflicts show here once claims are matched across outlets.'}</EmptyState>
        )}
      </Section>

      <Section id="claims" title="Claims by independent support" note="Outlets that run the same wire copy, or a spun rewrite of it, count once as independent support.">
        {hasClusters ? (
          <ClusterExplorer initialClusters={clusters.map(toClusterRow)} outletNames={outletNames} showAll={showAllClaims} />
        ) : (
          <EmptyState>No claims have been matched across outlets yet. Each outlet’s claims are on its article pages.</EmptyState>
        )}
      </Section>

      <Section id="matrix" title="Who reports what">
        {digest.matrix.length > 0 ? (
          <>
            {shared.length > 0 ? (
              <CoverageMatrix clusters={shared} rows={digest.matrix} outlets={digest.outlets} />
            ) : (
              <EmptyState>No claim is carried by more than one outlet.</EmptyState>
            )}
            {alone.length > 0 ? (
              <details className="matrix__more">
                <summary>{plural(alone.length, 'claim')} only one outlet carries</summary>
                <CoverageMatrix clusters={alone} rows={digest.matrix} outlets={digest.outlets} />
              </details>
            ) : null}
          </>
        ) : (
          <EmptyState>The claims × outlets matrix is not available for this corpus yet.</EmptyState>
        )}
      </Section>

      <Section id="quotes" title="Quotes by speaker">
        {digest.quotes.length > 0 ? <QuotesBySpeaker quotes={digest.quotes} outletNames={outletNames} /> : <EmptyState>No quotes have been aligned across outlets yet.</EmptyState>}
      </Section>

      <Section id="timeline" title="Timeline" note="When events happened, kept apart from when they were reported.">
        {digest.timeline.length > 0 ? <Timeline entries={digest.timeline} outletNames={outletNames} /> : <EmptyState>No events have been placed in time yet.</EmptyState>}
      </Section>

      <Section id="outlets" title="Outlets">
        {digest.outlets.length > 0 ? <OutletTable outlets={digest.outlets} articles={digest.articles} /> : <EmptyState>This corpus has no readable articles.</EmptyState>}
      </Section>
    </>
  );
}
