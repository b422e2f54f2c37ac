import type { SummaryLine } from '@parallax/core';
import { articleHref, clusterHref, conflictAnchor, outletHref } from '../lib/anchors.ts';
import { plural } from '../lib/format.ts';
import { nameOf, type OutletNames } from '../lib/names.ts';
import { sourcesOf, type SourceSentence } from '../lib/summary-receipts.ts';

export interface DigestSummaryProps {
  lines: readonly SummaryLine[];
  /** Every sentence of the digest by id (`indexSentences`). */
  sentences: ReadonlyMap<string, SourceSentence>;
  outletNames: OutletNames;
}

/** Where a line's full receipts are: its conflict on this page, or its cluster's receipts page. */
function ReceiptsLink({ line }: { line: SummaryLine }) {
  const [conflictId] = line.conflictIds;
  const [clusterId] = line.clusterIds;
  if (line.kind === 'conflict' && conflictId) {
    return (
      <a className="receipts-link" href={`#${conflictAnchor(conflictId)}`} aria-label={`The conflict behind: ${line.text}`}>
        conflict
      </a>
    );
  }
  if (!clusterId) return null;
  return (
    <a className="receipts-link" href={clusterHref(clusterId)} aria-label={`Receipts for: ${line.text}`}>
      receipts
    </a>
  );
}

/**
 * The cross-source summary. Each line names what it rests on (`summaryLines`): it links to its cluster
 * or conflict and unfolds to the exact source sentences behind it, outlet by outlet.
 */
export function DigestSummary({ lines, sentences, outletNames }: DigestSummaryProps) {
  return (
    <ol className="summary">
      {lines.map((line, index) => {
        const sources = sourcesOf(line, sentences);
        const count = sources.reduce((sum, outlet) => sum + outlet.sentences.length, 0);
        return (
          <li key={`${index}:${line.text}`} className={`summary__line summary__line--${line.kind}`}>
            {line.text} <ReceiptsLink line={line} />
            {count > 0 ? (
              <details className="summary__sources">
                <summary>
                  {plural(count, 'source sentence')} from {plural(sources.length, 'outlet')}
                </summary>
                <ul>
                  {sources.map((outlet) => (
                    <li key={outlet.outletId}>
                      <a className="summary__outlet" href={outletHref(outlet.outletId)}>
                        {nameOf(outletNames, outlet.outletId)}
                      </a>
                      <ul>
                        {outlet.sentences.map((sentence) => (
                          <li key={sentence.sentenceId}>
                            <a className="summary__sentence" href={articleHref(sentence.articleId, sentence.sentenceId)}>
                              {sentence.text}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
