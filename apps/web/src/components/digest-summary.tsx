import { clusterHref, conflictAnchor } from '../lib/anchors.ts';
import type { SummaryLine } from '../lib/summary-links.ts';

/** The cross-source summary, each line followed by a link to the receipts behind it. */
export function DigestSummary({ lines }: { lines: readonly SummaryLine[] }) {
  return (
    <ol className="summary">
      {lines.map((line, index) => (
        <li key={`${index}:${line.text}`}>
          {line.text}{' '}
          {line.clusterId ? (
            <a className="receipts-link" href={clusterHref(line.clusterId)} aria-label={`Receipts for: ${line.text}`}>
              receipts
            </a>
          ) : line.conflictId ? (
            <a className="receipts-link" href={`#${conflictAnchor(line.conflictId)}`} aria-label={`The conflict behind: ${line.text}`}>
              conflict
            </a>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
