import { formatPercent, plural } from '../lib/format.ts';
import { editKindsByCount, type Integrity } from '../lib/integrity.ts';

/** What cleaning found in an outlet's copy: repairs by kind, open flags, spin and noise. */
export function IntegrityPanel({ integrity }: { integrity: Integrity }) {
  const kinds = editKindsByCount(integrity.editsByKind);
  const total = kinds.reduce((sum, [, count]) => sum + count, 0);
  return (
    <dl className="integrity">
      <div>
        <dt>Repairs</dt>
        <dd>
          {total === 0 ? 'none needed' : plural(total, 'edit')}
          {kinds.length > 0 ? (
            <ul className="integrity__kinds">
              {kinds.map(([kind, count]) => (
                <li key={kind}>
                  <span className={`kind kind--${kind}`}>{kind}</span> {count}
                </li>
              ))}
            </ul>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>Open flags</dt>
        <dd>{integrity.flagCount === 0 ? 'none' : plural(integrity.flagCount, 'flag')}</dd>
      </div>
      <div>
        <dt>Spin score</dt>
        <dd>
          {formatPercent(integrity.spinScore)}
          <span className="integrity__hint"> of aligned words swapped by a synonym spinner</span>
        </dd>
      </div>
      {integrity.noise !== undefined ? (
        <div>
          <dt>Noise</dt>
          <dd>
            {formatPercent(integrity.noise)}
            <span className="integrity__hint"> of the raw text changed by cleaning</span>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
