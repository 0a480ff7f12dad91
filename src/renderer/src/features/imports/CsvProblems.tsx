import { useState } from 'react';
import type { CsvPreview } from '../../../../shared/domain/csv-import';
import { useNotices } from '../../store/notices';
import { saveCsvTable } from './files';

const FIRST = 100;

/**
 * The file's problems: how many of each kind, then the first ones by row (row as the spreadsheet numbers it,
 * column, reason). The API lists at most the first 200; the rest are only counted.
 */
export function CsvProblems({ preview, fileName }: { preview: Pick<CsvPreview, 'problems' | 'problemCount' | 'problemKinds'>; fileName: string }) {
  const { problems, problemCount, problemKinds } = preview;
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
          {problemCount === 1 ? '1 problem' : `${problemCount.toLocaleString()} problems`}
        </h3>
        <button type="button" className="button" onClick={() => void saveList()}>
          {problemCount > problems.length ? `Save the first ${problems.length} as CSV` : 'Save the list as CSV'}
        </button>
      </div>
      {problemKinds.length > 1 && (
        <table className="table csv-problems__kinds">
          <caption className="imports__caption">Problems by kind</caption>
          <thead>
            <tr>
              <th scope="col" className="table__num">
                Rows
              </th>
              <th scope="col">Column</th>
              <th scope="col">For example</th>
            </tr>
          </thead>
          <tbody>
            {problemKinds.slice(0, 20).map((k) => (
              <tr key={`${k.column}-${k.example}`}>
                <td className="table__num">{k.count.toLocaleString()}</td>
                <td>{k.column || '—'}</td>
                <td>{k.example}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problemCount > problems.length && (
        <p className="imports__note">
          The first {problems.length} problems by row are listed below; fix those kinds in the file and check it again to see the rest.
        </p>
      )}
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
          Show all {problems.length.toLocaleString()} listed problems
        </button>
      )}
    </section>
  );
}
