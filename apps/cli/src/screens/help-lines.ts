import { KEYMAP, type Binding, type Scope } from '../keymap.ts';
import { heading } from '../lines/blocks.ts';
import type { Line } from '../lines/line.ts';
import { DIM, TITLE } from '../lines/styles.ts';
import { wrapSegments } from '../lines/wrap.ts';
import { TABS } from '../tabs.ts';

const SCOPE_TITLES: Record<Scope, string> = {
  global: 'Everywhere',
  list: 'Lists',
  filter: 'While typing a filter',
  entries: 'Overview',
  scroll: 'Reading views',
  article: 'Article',
};
const LABEL_WIDTH = 14;

/** Every shortcut, drawn from the keymap table; the number keys share one row. */
export function helpLines(width: number): Line[] {
  const lines: Line[] = [[{ text: 'Keys', style: TITLE }, { text: '  (? or esc closes this help)', style: DIM }]];
  for (const scope of Object.keys(SCOPE_TITLES) as Scope[]) {
    lines.push(...heading(SCOPE_TITLES[scope]));
    const bindings = KEYMAP.filter((binding) => binding.scope === scope);
    const gotos = bindings.filter((binding) => binding.action.startsWith('goto:'));
    for (const binding of bindings) {
      if (binding === gotos[0]) lines.push(...row(`1-${TABS.length}`, `go to ${TABS.map((tab) => tab.title).join(', ')}`, width));
      else if (!gotos.includes(binding)) lines.push(...row(binding.label, binding.description, width));
    }
  }
  return lines;
}

function row(label: Binding['label'], description: string, width: number): Line[] {
  return wrapSegments([{ text: label.padEnd(LABEL_WIDTH), style: { bold: true } }, { text: description }], width, { indent: 2 });
}
