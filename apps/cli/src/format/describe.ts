import type { ClaimCluster, Conflict, EditKind, QuoteEntry } from '@parallax/core';

/** `4 outlets, 3 independent`; one outlet is just `1 outlet`. */
export function supportText(cluster: Pick<ClaimCluster, 'outletIds' | 'independentSupport'>): string {
  const outlets = cluster.outletIds.length;
  if (outlets <= 1) return `${outlets} outlet`;
  return `${outlets} outlets, ${cluster.independentSupport} independent`;
}

/** Edits by kind, most first: `chrome 5 · homoglyph 3`. Ties keep the kind order of the schema. */
export function editCountsText(counts: Partial<Record<EditKind, number>>, separator = ' · '): string {
  const entries = Object.entries(counts).filter((entry): entry is [string, number] => (entry[1] ?? 0) > 0);
  if (entries.length === 0) return 'no edits';
  return entries
    .sort((a, b) => b[1] - a[1])
    .map(([kind, count]) => `${kind} ${count}`)
    .join(separator);
}

/** Count edits by kind from a list of edits. */
export function countEditsByKind(edits: readonly { kind: EditKind }[]): Partial<Record<EditKind, number>> {
  const counts: Partial<Record<EditKind, number>> = {};
  for (const edit of edits) counts[edit.kind] = (counts[edit.kind] ?? 0) + 1;
  return counts;
}

/** `numeric, 8% apart`: the kind, and the relative gap for numeric conflicts. */
export function conflictKindText(conflict: Pick<Conflict, 'kind' | 'relativeGap'>): string {
  return conflict.relativeGap === undefined ? conflict.kind : `${conflict.kind}, ${percent(conflict.relativeGap)} apart`;
}

/** `major numeric, 8% apart`. */
export function conflictTitle(conflict: Pick<Conflict, 'kind' | 'severity' | 'relativeGap'>): string {
  return `${conflict.severity} ${conflictKindText(conflict)}`;
}

/** 0.083 -> `8%`; small non-zero shares keep a decimal: 0.004 -> `0.4%`. */
export function percent(share: number): string {
  const value = share * 100;
  return `${value > 0 && value < 1 ? value.toFixed(1) : Math.round(value)}%`;
}

/** A plural noun with its count: `1 article`, `3 articles`. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

const INTEGRITY_TEXT: Record<QuoteEntry['integrity'], string> = {
  verbatim: 'verbatim in every outlet',
  altered: 'worded differently between outlets',
  'paraphrase-as-quote': 'a paraphrase presented as a direct quote',
  'single-source': 'carried by one outlet only',
};

export function quoteIntegrityText(integrity: QuoteEntry['integrity']): string {
  return INTEGRITY_TEXT[integrity];
}

/** Shorten to `max` characters on one line, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
