import type { DigestArticle } from '@parallax/core';
import { useMemo } from 'react';
import { indexDigest } from '../data/digest-index.ts';
import { count, truncate } from '../format/describe.ts';
import { useLoadedDigest } from '../hooks/use-digest.ts';
import { DIM, HEADING, OUTLET } from '../lines/styles.ts';
import { ListScreen } from './list-screen.tsx';
import { outletLines } from './outlet-lines.ts';
import type { ScreenProps } from './route-props.ts';

const NAME_MAX = 28;

/** Articles grouped by outlet, the selected one's outlet profile below; enter reads the article. */
export function OutletsScreen({ onOpen }: ScreenProps) {
  const digest = useLoadedDigest();
  const index = indexDigest(digest);
  // Outlet order, then each outlet's articles in digest order.
  const articles = useMemo(
    () => digest.outlets.flatMap((outlet) => outlet.articleIds.flatMap((id) => index.article(id) ?? [])),
    [digest, index],
  );
  const nameWidth = Math.min(NAME_MAX, Math.max(0, ...digest.outlets.map((outlet) => outlet.name.length))) + 2;
  return (
    <ListScreen<DigestArticle>
      viewKey="outlets"
      header={[{ text: `Outlets · ${digest.outlets.length}`, style: HEADING }, { text: ` · ${count(articles.length, 'article')}`, style: DIM }]}
      items={articles}
      searchText={(article) => `${index.outletName(article.outletId)} ${article.title} ${article.source}`}
      row={(article) => [
        { text: truncate(index.outletName(article.outletId), NAME_MAX).padEnd(nameWidth), style: OUTLET },
        { text: `${String(article.edits.length).padStart(4)} ${article.edits.length === 1 ? 'edit ' : 'edits'}  spin ${article.spin.score.toFixed(2)}  `, style: DIM },
        { text: article.title },
      ]}
      emptyText="No articles."
      onOpen={(article) => onOpen({ screen: 'article', id: article.id })}
      preview={(article, width) => {
        const outlet = digest.outlets.find((candidate) => candidate.id === article.outletId);
        return outlet ? outletLines(outlet, digest, width) : [];
      }}
    />
  );
}
