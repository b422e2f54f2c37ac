import type { ClusterStatus } from '@parallax/core';
import { STATUS_LABELS } from '../lib/format.ts';

/** Corroborated / single source / disputed, in words and colour. */
export function StatusBadge({ status }: { status: ClusterStatus }) {
  return <span className={`badge badge--${status}`}>{STATUS_LABELS[status]}</span>;
}
