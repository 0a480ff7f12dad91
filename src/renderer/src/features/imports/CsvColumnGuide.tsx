import { CSV_ENTITY_LABELS, CSV_FIELDS, type CsvEntity } from '../../../../shared/domain/csv-import';
import { csvFileName } from '../../../../shared/domain/csv-text';
import { CSV_EXAMPLES, csvTemplate } from '../../../../shared/imports/csv-templates';
import { useNotices } from '../../store/notices';
import { CSV_FILE, saveTextFile } from './files';

/** Saves the entity's template: the header row and one example row. */
export async function saveCsvTemplate(entity: CsvEntity): Promise<void> {
  try {
    await saveTextFile(csvFileName(`${entity} template`), csvTemplate(entity), CSV_FILE);
  } catch (error) {
    useNotices.getState().report('Saving the template', error);
  }
}

/** What each column of a file of this kind accepts, with the template's example value. */
export function CsvColumnGuide({ entity }: { entity: CsvEntity }) {
  const label = CSV_ENTITY_LABELS[entity].toLowerCase();
  return (
    <details className="csv-guide">
      <summary>What each column of a {label} file accepts</summary>
      <p className="hint">
        Header names are matched without case, spaces or punctuation, and common other names work too (shown in grey).
        Skills, roles and members are found by id or name in any case; a value the catalog does not know is listed in the
        preview with the closest entries to choose from.
      </p>
      <table className="table csv-guide__table">
        <caption className="visually-hidden">Columns of a {label} file</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Accepts</th>
            <th scope="col">Example</th>
          </tr>
        </thead>
        <tbody>
          {CSV_FIELDS[entity].map((f) => (
            <tr key={f.key}>
              <th scope="row">
                <span className="table__primary">{f.key}</span>
                {f.required && <span className="csv-mapping__required"> required</span>}
                {f.aliases.length > 0 && <div className="table__secondary">or {f.aliases.join(', ')}</div>}
              </th>
              <td>{f.hint}</td>
              <td className="csv-guide__example">{CSV_EXAMPLES[entity][f.key] || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={() => void saveCsvTemplate(entity)}>
        Save a {label} template with an example row
      </button>
    </details>
  );
}
