import type { Metadata } from 'next';
import { routeParam } from '../../../lib/anchors.ts';
import { orNotFound } from '../../../server/api.ts';
import { articlePageData } from '../../../server/page-data.ts';
import { ArticleView } from '../../../views/article-view.tsx';

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = routeParam((await params).id);
  const { article } = await orNotFound((caller) => caller.articles.get({ id }));
  return { title: article.title || article.source };
}

export default async function ArticlePage({ params }: Props) {
  const id = routeParam((await params).id);
  return <ArticleView {...await orNotFound((caller) => articlePageData(caller, id))} />;
}
