import type { ClaimCluster, DigestArticle, Outlet, OutletSummary } from '@parallax/core';
import { IntegrityPanel } from '../components/integrity-panel.tsx';
import { EmptyState, Section } from '../components/section.tsx';
import { articleHref, clusterHref } from '../lib/anchors.ts';
import { formatDate, plural } from '../lib/format.ts';
import { integrityOf } from '../lib/integrity.ts';

export interface OutletViewProps {
  outlet: Outlet;
  summary: OutletSummary | undefined;
  articles: readonly DigestArticle[];
  clusters: readonly Pick<ClaimCluster, 'id' | 'label'>[];
}

function ClusterLinks({ ids, clusters, empty }: { ids: readonly string[]; clusters: readonly Pick<ClaimCluster, 'id' | 'label'>[]; empty: string }) {
  const labels = new Map(clusters.map((cluster) => [cluster.id, cluster.label]));
  if (ids.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="links">
      {ids.map((id) => (
        <li key={id}>
          <a href={clusterHref(id)}>{labels.get(id) ?? id}</a>
        </li>
      ))}
    </ul>
  );
}

/** One outlet: what it says, what only it says, what it leaves out, and how clean its copy was. */
export function OutletView({ outlet, summary, articles, clusters }: OutletViewProps) {
  const lines = summary?.summary ?? articles.flatMap((article) => article.summary);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="/#outlets">← All outlets</a>
      </nav>
      <header className="page-head">
        <p className="eyebrow">Outlet</p>
        <h1>{outlet.name}</h1>
        <p className="counts">
          {outlet.domain ? `${outlet.domain} · ` : ''}
          {plural(articles.length, 'article')}
        </p>
      </header>

      {summary ? (
        <Section id="headline" title="Headline">
          <p>
            <q>{summary.headline.text}</q>{' '}
            <span className={`badge ${summary.headline.supported ? 'badge--corroborated' : 'badge--disputed'}`}>
              {summary.headline.supported ? 'Supported by its own body' : 'Not supported by its own body'}
            </span>
          </p>
        </Section>
      ) : null}

      <Section id="summary" title="What it says">
        {lines.length > 0 ? (
          <ul className="summary">
            {lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        ) : (
          <EmptyState>No summary for this outlet.</EmptyState>
        )}
      </Section>

      <Section id="only-here" title="Only this outlet reports">
        {summary ? <ClusterLinks ids={summary.exclusiveClusterIds} clusters={clusters} empty="Nothing: every claim here is also carried elsewhere." /> : <EmptyState>Not computed for this corpus yet.</EmptyState>}
      </Section>

      <Section id="left-out" title="Left out, though most others report it">
        {summary ? <ClusterLinks ids={summary.omittedClusterIds} clusters={clusters} empty="Nothing that most other outlets report is missing here." /> : <EmptyState>Not computed for this corpus yet.</EmptyState>}
      </Section>

      <Section id="integrity" title="Integrity" note="What the cleaner repaired or flagged in this outlet’s copy.">
        <IntegrityPanel integrity={integrityOf(articles, summary)} />
      </Section>

      <Section id="articles" title="Articles">
        <ul className="links">
          {articles.map((article) => (
            <li key={article.id}>
              <a href={articleHref(article.id)}>{article.title || article.source}</a>
              <span className="muted">
                {article.publishedAt ? ` · ${formatDate(article.publishedAt)}` : ''} · {plural(article.edits.length, 'edit')} · {plural(article.flags.length, 'flag')}
              </span>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
