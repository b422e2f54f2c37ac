import { describe, expect, it } from 'vitest';
import { fullDigest } from '../../test/fixtures/digest.ts';
import { htmlOf, textOf } from '../../test/render.ts';
import { CoverageMatrix } from './coverage-matrix.tsx';

describe('CoverageMatrix', () => {
  it('has a row per cluster with a row, a column per outlet, and every cell in words', () => {
    const html = htmlOf(<CoverageMatrix clusters={fullDigest.clusters} rows={fullDigest.matrix} outlets={fullDigest.outlets} />);
    expect(html.match(/<th scope="col"/g)).toHaveLength(1 + fullDigest.outlets.length);
    expect(html.match(/<th scope="row"/g)).toHaveLength(fullDigest.matrix.length);
    const speedRow = html.slice(html.indexOf('/clusters/k-speed'), html.indexOf('/clusters/k-hurt'));
    expect(speedRow.match(/class="sr-only">(\w+)</g)?.map((cell) => cell.replace(/.*>(\w+)</, '$1'))).toEqual(['reports', 'reports', 'contradicts', 'omits']);
  });

  it('leaves out clusters that have no row and says "no data" for a missing cell', () => {
    const [first] = fullDigest.matrix;
    if (!first) throw new Error('fixture matrix missing');
    const { 'coast-tv': _dropped, ...cells } = first.cells;
    const text = textOf(<CoverageMatrix clusters={fullDigest.clusters} rows={[{ ...first, cells }]} outlets={fullDigest.outlets} />);
    expect(text).not.toContain('Two crew members were hurt');
    expect(text).toContain('no data');
  });
});
