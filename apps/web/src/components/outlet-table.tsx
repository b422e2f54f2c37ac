import type { DigestArticle, Outlet } from '@parallax/core';
import { outletHref } from '../lib/anchors.ts';
import { formatPercent } from '../lib/format.ts';

/** Every outlet with how much of its copy needed repair and how spun it is. */
export function OutletTable({ outlets, articles }: { outlets: readonly Outlet[]; articles: readonly Pick<DigestArticle, 'outletId' | 'edits' | 'flags' | 'spin'>[] }) {
  return (
    <table className="outlets">
      <caption className="sr-only">Outlets and the integrity of their copy</caption>
      <thead>
        <tr>
          <th scope="col">Outlet</th>
          <th scope="col" className="num">Articles</th>
          <th scope="col" className="num">Edits</th>
          <th scope="col" className="num">Flags</th>
          <th scope="col" className="num">Spin</th>
        </tr>
      </thead>
      <tbody>
        {outlets.map((outlet) => {
          const own = articles.filter((article) => article.outletId === outlet.id);
          return (
            <tr key={outlet.id}>
              <th scope="row">
                <a href={outletHref(outlet.id)}>{outlet.name}</a>
              </th>
              <td className="num">{outlet.articleIds.length}</td>
              <td className="num">{own.reduce((sum, article) => sum + article.edits.length, 0)}</td>
              <td className="num">{own.reduce((sum, article) => sum + article.flags.length, 0)}</td>
              <td className="num">{formatPercent(own.reduce((max, article) => Math.max(max, article.spin.score), 0))}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
