import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { line } from '../lines/line.ts';
import { SelectList, type SelectListProps } from './select-list.tsx';

const drawn: number[] = [];
const props = (overrides: Partial<SelectListProps>): SelectListProps => ({
  count: 1000,
  row: (index) => {
    drawn.push(index);
    return line(`row ${index}`);
  },
  cursor: 0,
  height: 5,
  total: 1000,
  filter: '',
  isFiltering: false,
  emptyText: 'Nothing here.',
  ...overrides,
});

describe('SelectList', () => {
  it('draws only the rows on screen, keeping the cursor in view', () => {
    drawn.length = 0;
    const frame = render(<SelectList {...props({ cursor: 500 })} />).lastFrame() ?? '';
    expect(frame.split('\n')).toEqual(['  row 498', '  row 499', '› row 500', '  row 501', '  row 502']);
    expect(new Set(drawn)).toEqual(new Set([498, 499, 500, 501, 502]));
  });

  it('shows the filter being typed and how many rows match', () => {
    const frame = render(<SelectList {...props({ count: 3, filter: 'kim', isFiltering: true })} />).lastFrame() ?? '';
    expect(frame.split('\n')[0]).toBe('/ kim   3 of 1000 · enter keep · esc clear');
  });

  it('says nothing matches a filter, or shows the empty text', () => {
    expect(render(<SelectList {...props({ count: 0, filter: 'zzz' })} />).lastFrame()).toContain(`Nothing matches 'zzz'.`);
    expect(render(<SelectList {...props({ count: 0, total: 0 })} />).lastFrame()).toContain('Nothing here.');
  });
});
