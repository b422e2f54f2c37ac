import type { SentenceReceipt } from '@parallax/api';
import type { ClaimCluster, Claim, Conflict, Coverage, MatrixRow, Outlet } from '@parallax/core';
import { ConflictList } from '../components/conflict-list.tsx';
import { Receipts } from '../components/receipts.tsx';
import { EmptyState, Section } from '../components/section.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { outletHref } from '../lib/anchors.ts';
import { COVERAGE_LABELS, formatSupport, MODALITY_LABELS } from '../lib/format.ts';
import { listNames, nameOf, outletNamesOf } from '../lib/names.ts';

export interface ClusterViewProps {
  cluster: ClaimCluster;
  claims: readonly Claim[];
  conflicts: readonly Conflict[];
  sentences: readonly SentenceReceipt[];
  matrix: MatrixRow | null;
  outlets: readonly Outlet[];
  articleTitles: Readonly<Record<string, string>>;
}

/** How one outlet carries the claim: from the matrix where there is one, else from its modality. */
function coverageOf(outletId: string, cluster: ClaimCluster, matrix: MatrixRow | null): string {
  const cell: Coverage | undefined = matrix?.cells[outletId];
  if (cell) return COVERAGE_LABELS[cell].label;
  const modality = cluster.modalityByOutlet[outletId];
  if (modality) return MODALITY_LABELS[modality];
  return cluster.outletIds.includes(outletId) ? 'reports' : 'omits';
}

/** One cluster's receipts: status, support, how each outlet carries it, conflicts, source sentences. */
export function ClusterView({ cluster, claims, conflicts, sentences, matrix, outlets, articleTitles }: ClusterViewProps) {
  const outletNames = outletNamesOf(outlets);
  const sentenceArticles = new Map(sentences.map((sentence) => [sentence.sentenceId, sentence.articleId] as const));
  const lineages = cluster.lineages.filter((lineage) => lineage.length > 1);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="/#claims">← All claims</a>
      </nav>
      <header className="page-head">
        <p className="eyebrow">Receipts</p>
        <h1>{cluster.label}</h1>
        <p className="cluster__meta">
          <StatusBadge status={cluster.status} />{' '}
          <span className="support">{formatSupport(cluster)}</span>
        </p>
        {lineages.length > 0 ? (
          <p className="section__note">
            {lineages.map((lineage) => `${listNames(lineage.map((id) => nameOf(outletNames, id)))} share copy and count once.`).join(' ')}
          </p>
        ) : null}
      </header>

      <Section id="coverage" title="How each outlet carries it">
        <ul className="coverage">
          {outlets.map((outlet) => {
            const coverage = coverageOf(outlet.id, cluster, matrix);
            return (
              <li key={outlet.id} className={`coverage__item coverage--${coverage}`}>
                <a href={outletHref(outlet.id)}>{outlet.name}</a> <span>{coverage}</span>
              </li>
            );
          })}
        </ul>
      </Section>

      {conflicts.length > 0 ? (
        <Section id="conflicts" title="Conflicts">
          <ConflictList conflicts={conflicts} outletNames={outletNames} sentenceArticles={sentenceArticles} linkClusters={false} />
        </Section>
      ) : null}

      <Section id="receipts" title="Source sentences" note="Every claim in this cluster with the exact sentence it comes from.">
        {claims.length > 0 ? (
          <Receipts outletIds={cluster.outletIds} claims={claims} sentences={sentences} outletNames={outletNames} articleTitles={articleTitles} />
        ) : (
          <EmptyState>This cluster lists no claims.</EmptyState>
        )}
      </Section>
    </>
  );
}
