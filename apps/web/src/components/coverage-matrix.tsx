import type { ClaimCluster, Coverage, MatrixRow } from '@parallax/core';
import { clusterHref } from '../lib/anchors.ts';
import { COVERAGE_LABELS, truncate } from '../lib/format.ts';

const LABEL_MAX = 90;
const LEGEND: readonly Coverage[] = ['reports', 'hedges', 'contradicts', 'omits'];

export interface CoverageMatrixProps {
  /** Rows in the order to show; clusters without a row are left out. */
  clusters: readonly Pick<ClaimCluster, 'id' | 'label'>[];
  rows: readonly MatrixRow[];
  outlets: readonly { id: string; name: string }[];
}

function Cell({ coverage }: { coverage: Coverage | undefined }) {
  if (!coverage) return <td className="cell cell--none">–<span className="sr-only">no data</span></td>;
  const { symbol, label } = COVERAGE_LABELS[coverage];
  return (
    <td className={`cell cell--${coverage}`} title={label}>
      <span aria-hidden="true">{symbol}</span>
      <span className="sr-only">{label}</span>
    </td>
  );
}

/** Claims down, outlets across: who reports, hedges, contradicts or leaves out each claim. */
export function CoverageMatrix({ clusters, rows, outlets }: CoverageMatrixProps) {
  const rowByCluster = new Map(rows.map((row) => [row.clusterId, row]));
  const shown = clusters.flatMap((cluster) => {
    const row = rowByCluster.get(cluster.id);
    return row ? [{ cluster, row }] : [];
  });
  return (
    <div className="matrix">
      <div className="matrix__scroll" role="region" aria-label="Claims by outlet" tabIndex={0}>
        <table>
          <caption className="sr-only">Which outlet reports, hedges, contradicts or omits each claim</caption>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              {outlets.map((outlet) => (
                <th key={outlet.id} scope="col" className="matrix__outlet">
                  {outlet.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map(({ cluster, row }) => (
              <tr key={cluster.id}>
                <th scope="row">
                  <a href={clusterHref(cluster.id)}>{truncate(cluster.label, LABEL_MAX)}</a>
                </th>
                {outlets.map((outlet) => (
                  <Cell key={outlet.id} coverage={row.cells[outlet.id]} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="legend">
        {LEGEND.map((coverage) => (
          <span key={coverage} className={`legend__item cell--${coverage}`}>
            <span aria-hidden="true">{COVERAGE_LABELS[coverage].symbol}</span> {COVERAGE_LABELS[coverage].label}
          </span>
        ))}
      </p>
    </div>
  );
}
