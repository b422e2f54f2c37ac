import type { Conflict } from '@parallax/core';
import { indexDigest } from '../data/digest-index.ts';
import { conflictKindText } from '../format/describe.ts';
import { useLoadedDigest } from '../hooks/use-digest.ts';
import { DIM, HEADING, severitySegment } from '../lines/styles.ts';
import { ListScreen } from './list-screen.tsx';
import type { ScreenProps } from './route-props.ts';

/** Every conflict in the digest's order (major first); enter shows each outlet's position with its sentence. */
export function ConflictsScreen({ onOpen }: ScreenProps) {
  const digest = useLoadedDigest();
  const { conflicts } = digest;
  const index = indexDigest(digest);
  return (
    <ListScreen<Conflict>
      viewKey="conflicts"
      header={[{ text: `Conflicts · ${conflicts.length}`, style: HEADING }, { text: ' · major first, never averaged away', style: DIM }]}
      items={conflicts}
      searchText={(conflict) => `${conflict.kind} ${conflict.severity} ${conflict.summary} ${conflict.positions.map((position) => index.outletName(position.outletId)).join(' ')}`}
      row={(conflict) => [severitySegment(conflict.severity), { text: ` ${conflictKindText(conflict).padEnd(22)} `, style: DIM }, { text: conflict.summary }]}
      emptyText="No conflicts found: the outlets do not contradict each other on anything detected."
      onOpen={(conflict) => onOpen({ screen: 'conflict', id: conflict.id })}
    />
  );
}
