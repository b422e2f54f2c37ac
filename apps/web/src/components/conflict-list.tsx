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
  /** What this side says: `22.2 km/h`, `on Sunday night`, `hedges`. */
  value: string;
  /** The words as written, where they add to the value. */
  asWritten: string | undefined;
  positions: ConflictPosition[];
}

/** Certainty and assertion conflicts set outlets apart by what they do with a claim, not by its words. */
function isAboutModality(conflict: Conflict): boolean {
  return (conflict.kind === 'certainty' || conflict.kind === 'assertive') && conflict.positions.every((position) => position.modality !== undefined);
}

/** What one position says, in the terms of its conflict's kind. */
function sideOf(conflict: Conflict, position: ConflictPosition): Omit<Side, 'positions'> {
  const text = position.text.trim();
  if (conflict.kind === 'numeric' && position.value !== undefined) {
    const value = formatQuantity(position.value, position.unit);
    return { key: value, value, asWritten: text !== value && text.length <= SHORT_TEXT ? text : undefined };
  }
  if (isAboutModality(conflict) && position.modality) {
    return { key: position.modality, value: MODALITY_LABELS[position.modality], asWritten: undefined };
  }
  return { key: text, value: text, asWritten: undefined };
}

/**
 * Positions grouped by what they say, so a conflict reads as one: `22.2 km/h (Wire Desk, Copy Site)
 * vs 25.9 km/h (City Courier)`, or `states (A, B) vs hedges (C)`.
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

interface PositionsProps {
  positions: readonly ConflictPosition[];
  outletNames: OutletNames;
  sentenceArticles: ReadonlyMap<string, string>;
}

/** `(Wire Desk, Copy Site)`: each outlet once, linked to the sentence it rests on. */
function OutletLinks({ positions, outletNames, sentenceArticles }: PositionsProps) {
  const firstByOutlet = [...new Map(positions.map((position) => [position.outletId, position])).values()];
  return (
    <span className="conflict__outlets">
      (
      {firstByOutlet.map((position, index) => {
        const articleId = sentenceArticles.get(position.sentenceId);
        const name = nameOf(outletNames, position.outletId);
        return (
          <span key={position.outletId}>
            {index > 0 ? ', ' : ''}
            {articleId ? <a href={articleHref(articleId, position.sentenceId)}>{name}</a> : name}
          </span>
        );
      })}
      )
    </span>
  );
}

/** The sentence behind each position, for conflicts where the words differ more than a value. */
function PositionTexts({ positions, outletNames, sentenceArticles }: PositionsProps) {
  return (
    <ul className="conflict__quotes">
      {positions.map((position) => {
        const articleId = sentenceArticles.get(position.sentenceId);
        const name = nameOf(outletNames, position.outletId);
        return (
          <li key={`${position.outletId}:${position.claimId}`}>
            {articleId ? <a href={articleHref(articleId, position.sentenceId)}>{name}</a> : name}
            {position.modality ? ` ${MODALITY_LABELS[position.modality]}` : ''}: <q>{position.text.trim()}</q>
          </li>
        );
      })}
    </ul>
  );
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
                {side.asWritten ? (
                  <>
                    {' '}
                    <q className="conflict__written">{side.asWritten}</q>
                  </>
                ) : null}{' '}
                <OutletLinks positions={side.positions} outletNames={outletNames} sentenceArticles={sentenceArticles} />
              </span>
            ))}
          </p>
          {isAboutModality(conflict) ? <PositionTexts positions={conflict.positions} outletNames={outletNames} sentenceArticles={sentenceArticles} /> : null}
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
