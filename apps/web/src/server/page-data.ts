import type { createCaller } from '@parallax/api';
import type { ArticleViewProps } from '../views/article-view.tsx';
import type { ClusterViewProps } from '../views/cluster-view.tsx';
import type { OutletViewProps } from '../views/outlet-view.tsx';

/** The router called in process; pages get one from `api()`, tests build one on a fixture digest. */
export type Caller = ReturnType<typeof createCaller>;

/**
 * What the receipts page shows. Throws the router's NOT_FOUND for an unknown cluster.
 *
 * @example
 * const props = await clusterPageData(caller, 'k-speed');
 */
export async function clusterPageData(caller: Caller, id: string): Promise<ClusterViewProps> {
  const [receipts, overview, articles] = await Promise.all([caller.clusters.get({ id }), caller.digest.overview(), caller.articles.list()]);
  const articleTitles = Object.fromEntries(articles.map((article) => [article.id, article.title || article.source]));
  return { ...receipts, outlets: overview.outlets, articleTitles };
}

/** What the article page shows. Throws the router's NOT_FOUND for an unknown article. */
export async function articlePageData(caller: Caller, id: string): Promise<ArticleViewProps> {
  const [{ article, claims }, list] = await Promise.all([caller.articles.get({ id }), caller.articles.list()]);
  const others = Object.fromEntries(list.map((row) => [row.id, { title: row.title, outlet: row.outlet }]));
  return { article, claims, others, outletName: others[article.id]?.outlet ?? article.outletId };
}

/** What the outlet page shows, or undefined for an outlet the digest does not have. */
export async function outletPageData(caller: Caller, id: string): Promise<OutletViewProps | undefined> {
  const digest = await caller.digest.get();
  const outlet = digest.outlets.find((candidate) => candidate.id === id);
  if (!outlet) return undefined;
  return {
    outlet,
    summary: digest.outletSummaries.find((summary) => summary.outletId === outlet.id),
    articles: digest.articles.filter((article) => article.outletId === outlet.id),
    clusters: digest.clusters,
  };
}
