import { ScrollView, scrollBodyHeight, scrollMax } from '../components/scroll-view.tsx';
import { useLayout } from '../hooks/use-layout.ts';
import { useScrollInput } from '../hooks/use-scroll-input.ts';
import { useScrollState } from '../hooks/use-scroll-state.ts';
import type { Line } from '../lines/line.ts';

/** A reading view: lines scrolled with the `scroll` keys, its position remembered under `viewKey`. */
export function LinesScreen({ viewKey, lines }: { viewKey: string; lines: readonly Line[] }) {
  const { height, isActive } = useLayout();
  const [offset, dispatch] = useScrollState(viewKey);
  const max = scrollMax(lines.length, height);
  useScrollInput({ dispatch, max, pageSize: Math.max(1, scrollBodyHeight(lines.length, height) - 1), isActive });
  return <ScrollView lines={lines} offset={Math.min(offset, max)} height={height} />;
}
