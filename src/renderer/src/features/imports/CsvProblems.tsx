import { useState } from 'react';
import type { CsvProblem } from '../../../../shared/domain/csv-import';
import { useNotices } from '../../store/notices';
import { saveCsvTable } from './files';

const FIRST = 100;

/** Every row-level problem: row as the spreadsheet numbers it, column, reason. Long lists open on demand. */
export function CsvProblems({ problems, fileName }: { problems: readonly CsvProblem[]; fileName: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? problems : problems.slice(0, FIRST);
  async function saveList() {
    try {
      const rows = problems.map((p) => [p.row, p.column, p.message]);
      await saveCsvTable(`problems ${fileName.replace(/\.[^.]+$/, '')}`, ['row', 'column', 'reason'], rows);
    } catch (error) {
      useNotices.getState().report('Saving the list of problems', error);
    }
  }
  return (
    <section className="csv-problems" aria-labelledby="csv-problems-heading">
      <div className="toolbar">
        <h3 id="csv-problems-heading" className="imports__subhead">
          {problems.length === 1 ? '1 problem' : `${problems.length.toLocaleString()} problems`}
        </h3>
        <button type="button" className="button" onClick={() => void saveList()}>
          Save the list as CSV
        </button>
      </div>
      <div className="csv-problems__scroll">
        <table className="table">
          <caption className="visually-hidden">Problems in the file</caption>
          <thead>
            <tr>
              <th scope="col" className="table__num">
                Row
              </th>
              <th scope="col">Column</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p, i) => (
              <tr key={`${p.row}-${p.column}-${i}`}>
                <td className="table__num">{p.row}</td>
                <td>{p.column || '—'}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > shown.length && (
        <button type="button" className="button button--quiet" onClick={() => setAll(true)}>
          Show all {problems.length.toLocaleString()} problems
        </button>
      )}
    </section>
  );
}
