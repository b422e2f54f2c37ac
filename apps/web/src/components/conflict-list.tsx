import type { Conflict, ConflictPosition } from '@parallax/core';
import { articleHref, clusterHref, conflictAnchor } from '../lib/anchors.ts';
import { formatPercent, formatQuantity, MODALITY_LABELS } from '../lib/format.ts';
import { nameOf, type OutletNames } from '../lib/names.ts';

const KIND_LABELS: Record<Conflict['kind'], string> = {
  numeric: 'Numbers differ',
  temporal: 'Times differ',
  assertive: 'Asserted and denied',
  certainty: 'Certainty differs',
};
/** Above this length a position's text is a sentence, not a value as written. */
const SHORT_TEXT = 40;

interface Side {
  key: string;
  /** What this side says: `22.2 km/h`, `Sunday night`, `hedges`. */
  value: string;
  /** The words as written, where they add to the value. */
  asWritten: string | undefined;
  positions: ConflictPosition[];
}

/** What one position says, in the terms of its conflict's kind. */
function sideOf(conflict: Conflict, position: ConflictPosition): Omit<Side, 'positions'> {
  const text = position.text.trim();
  if (conflict.kind === 'numeric' && position.value !== undefined) {
    const value = formatQuantity(position.value, position.unit);
    return { key: value, value, asWritten: text !== value && text.length <= SHORT_TEXT ? text : undefined };
  }
  if ((conflict.kind === 'certainty' || conflict.kind === 'assertive') && position.modality) {
    return { key: `${position.modality}:${text}`, value: MODALITY_LABELS[position.modality], asWritten: text };
  }
  return { key: text, value: text, asWritten: undefined };
}

/**
 * Positions grouped by what they say, so a conflict reads as one: `22.2 km/h (Wire Desk, Copy Site)
 * vs 25.9 km/h (City Courier)`.
 *
 * @example
 * sidesOf(conflict).map((side) => side.value) // ['22.2 km/h', '25.9 km/h']
 */
export function sidesOf(conflict: Conflict): Side[] {
  const sides = new Map<string, Side>();
  for (const position of conflict.positions) {
    const side = sideOf(conflict, position);
    const existing = sides.get(side.key);
    if (existing) existing.positions.push(position);
    else sides.set(side.key, { ...side, positions: [position] });
  }
  return [...sides.values()];
}

export interface ConflictListProps {
  conflicts: readonly Conflict[];
  outletNames: OutletNames;
  /** The article each sentence belongs to, to link a position to its source sentence. */
  sentenceArticles: ReadonlyMap<string, string>;
  /** Link each conflict to its cluster's receipts; off on the receipts page itself. */
  linkClusters?: boolean;
}

/** Conflicts stated as conflicts: every side, the outlets behind it, and links to the sentences. */
export function ConflictList({ conflicts, outletNames, sentenceArticles, linkClusters = true }: ConflictListProps) {
  return (
    <ul className="conflicts">
      {conflicts.map((conflict) => (
        <li key={conflict.id} id={conflictAnchor(conflict.id)} className={`conflict conflict--${conflict.severity}`}>
          <p className="conflict__head">
            <span className={`badge badge--${conflict.severity}`}>{conflict.severity === 'major' ? 'Major' : 'Minor'}</span>{' '}
            <span className="conflict__kind">
              {KIND_LABELS[conflict.kind]}
              {conflict.dimension ? `: ${conflict.dimension}` : ''}
              {conflict.relativeGap !== undefined ? ` (gap ${formatPercent(conflict.relativeGap)})` : ''}
            </span>
          </p>
          <p className="conflict__sides">
            {sidesOf(conflict).map((side, index) => (
              <span key={side.key} className="conflict__side">
                {index > 0 ? <span className="conflict__vs"> vs </span> : null}
                <strong>{side.value}</strong>
                {side.asWritten && side.asWritten !== side.value ? (
                  <>
                    {' '}
                    <q className="conflict__written">{side.asWritten}</q>
                  </>
                ) : null}{' '}
                <span className="conflict__outlets">
                  (
                  {side.positions.map((position, at) => {
                    const articleId = sentenceArticles.get(position.sentenceId);
                    const name = nameOf(outletNames, position.outletId);
                    return (
                      <span key={`${position.outletId}:${position.claimId}`}>
                        {at > 0 ? ', ' : ''}
                        {articleId ? <a href={articleHref(articleId, position.sentenceId)}>{name}</a> : name}
                      </span>
                    );
                  })}
                  )
                </span>
              </span>
            ))}
          </p>
          <p className="conflict__summary">
            {conflict.summary}
            {linkClusters && conflict.clusterId ? (
              <>
                {' '}
                <a href={clusterHref(conflict.clusterId)} aria-label={`Receipts for: ${conflict.summary}`}>
                  receipts
                </a>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
