import type { Edit } from '@parallax/core';
import { swappedLetters } from '../lib/code-points.ts';
import { formatPercent, truncate } from '../lib/format.ts';

const CELL_MAX = 120;
/** Above this many edits the list starts folded away. */
const OPEN_UP_TO = 25;

/** A repair's after-text, with the swapped code points where the eye cannot see the change. */
function After({ edit }: { edit: Edit }) {
  const letters = swappedLetters(edit.before, edit.after);
  return (
    <>
      <Visible text={edit.after} />
      {letters ? <div className="muted">{letters}</div> : null}
    </>
  );
}

function Visible({ text }: { text: string }) {
  if (text === '') return <span className="muted">(nothing)</span>;
  return <code>{truncate(text.replace(/\n/g, '⏎'), CELL_MAX)}</code>;
}

/** Every repair the cleaner made to one article, in text order, with its evidence. */
export function EditList({ edits }: { edits: readonly Edit[] }) {
  const ordered = [...edits].sort((a, b) => a.start - b.start);
  return (
    <details className="edits" open={ordered.length <= OPEN_UP_TO}>
      <summary>{ordered.length === 1 ? 'The one edit' : `All ${ordered.length} edits`}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((edit) => (
            <tr key={`${edit.start}:${edit.end}:${edit.rule}`}>
              <td>
                <span className={`kind kind--${edit.kind}`}>{edit.kind}</span>
              </td>
              <td>
                <Visible text={edit.before} />
              </td>
              <td>
                <After edit={edit} />
              </td>
              <td>
                {edit.rule}
                {edit.evidence ? `: ${edit.evidence}` : ''} <span className="muted">({formatPercent(edit.confidence)} sure)</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
