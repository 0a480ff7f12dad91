import { CSV_ENTITIES, CSV_ENTITY_LABELS, type CsvEntity, type CsvImportResult, type CsvPreview } from '../../../../shared/domain/csv-import';
import { DECIMAL_LABELS } from '../../../../shared/imports/cell-formats';
import { CSV_SETTINGS } from '../../../../shared/imports/csv-choices';
import { ENCODING_LABELS, MAX_IMPORT_FILE_LABEL } from '../../../../shared/domain/text-file';
import { EmptyState } from '../../components/EmptyState';
import { routeHref } from '../../router';
import { useImports, type PickedFile } from '../../store/imports';
import { CsvMappingTable, columnLetter } from './CsvMappingTable';
import { CsvColumnGuide, saveCsvTemplate } from './CsvColumnGuide';
import { CsvFileSettings } from './CsvFileSettings';
import { CsvProblems } from './CsvProblems';
import { CsvUnknownValues } from './CsvUnknownValues';
import { FileButton } from './FileButton';
import { CSV_FILE } from './files';
import { Choice } from '../../components/Choice';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

const WHERE_TO_LOOK: Record<CsvEntity, { href: string; label: string }> = {
  courses: { href: routeHref('catalog', 'courses'), label: 'See the courses in the catalog' },
  skills: { href: routeHref('catalog', 'skills'), label: 'See the skills in the catalog' },
  requirements: { href: routeHref('catalog', 'roles'), label: 'See the roles in the catalog' },
  members: { href: routeHref('team'), label: 'See the team' },
  ratings: { href: routeHref('team'), label: 'See the team' },
};

/** CSV import: pick what the file holds and the file, check the mapping and the problems, then import the valid rows. */
export function CsvImportPanel() {
  const csv = useImports((s) => s.csv);
  const setCsvEntity = useImports((s) => s.setCsvEntity);
  const openCsv = useImports((s) => s.openCsv);

  return (
    <section className="panel imports__panel" aria-labelledby="csv-import-heading">
      <h2 id="csv-import-heading" className="panel__title">
        Import from a spreadsheet (CSV)
      </h2>
      <p className="imports__lead">
        A header row, then one row per record; comma- or semicolon-separated, UTF-8 or Windows-1252 (read
        automatically). Nothing is written until you choose to import, and then in one step: all the valid rows or none.
      </p>
      <p className="imports__limit">Files up to {MAX_IMPORT_FILE_LABEL}; larger ones are refused before they are read.</p>
      <div className="imports__controls">
        <Choice
          label="The file holds"
          value={csv.entity}
          options={CSV_ENTITIES.map((e) => ({ value: e, label: CSV_ENTITY_LABELS[e] }))}
          onChange={(value) => setCsvEntity(value as CsvEntity)}
        />
        <FileButton kind={CSV_FILE} primary onPick={(file) => void openCsv(file)}>
          {csv.file ? 'Choose another CSV file…' : 'Choose a CSV file…'}
        </FileButton>
        <button type="button" className="button button--quiet" onClick={() => void saveCsvTemplate(csv.entity)}>
          Save a template
        </button>
      </div>
      <CsvColumnGuide entity={csv.entity} />
      {csv.error && csv.file && (
        <p className="imports__error" role="alert">
          {csv.file.name}: {csv.error}
        </p>
      )}
      {csv.result && <CsvResult result={csv.result} />}
      {csv.preview && csv.file && <CsvPreviewView preview={csv.preview} file={csv.file} />}
      {!csv.file && !csv.result && (
        <EmptyState title="No file chosen yet">
          <p>
            Pick what the file holds, then choose the file. The columns are matched by their names; you can change the
            match before importing, and it is remembered for files laid out the same way.
          </p>
        </EmptyState>
      )}
    </section>
  );
}

function CsvResult({ result }: { result: CsvImportResult }) {
  const look = WHERE_TO_LOOK[result.entity];
  return (
    <div className="imports__result" role="status">
      <p>
        <strong>Imported {CSV_ENTITY_LABELS[result.entity].toLowerCase()}:</strong> {result.added.toLocaleString()} added,{' '}
        {result.updated.toLocaleString()} updated, {result.unchanged.toLocaleString()} already up to date
        {result.skipped > 0 ? `; ${count(result.skipped, 'row')} with problems left out` : ''}.
      </p>
      {result.notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
      <a href={look.href}>{look.label}</a>
    </div>
  );
}

function CsvPreviewView({ preview, file }: { preview: CsvPreview; file: PickedFile }) {
  const remapCsv = useImports((s) => s.remapCsv);
  const importCsv = useImports((s) => s.importCsv);
  const resetCsv = useImports((s) => s.resetCsv);
  const busy = useImports((s) => s.progress !== null);
  const skipped = preview.rowCount - preview.validRows;
  const matched = {
    remembered: 'as you matched them the last time you imported a file laid out like this',
    guessed: 'matched by their names',
    given: 'as you matched them',
  }[preview.mappingSource];

  return (
    <div className="csv-preview">
      <p className="imports__summary">
        <strong>{file.name}</strong>: {count(preview.rowCount, 'row')} of {CSV_ENTITY_LABELS[preview.entity].toLowerCase()},
        separated by “{preview.delimiter === '\t' ? 'tab' : preview.delimiter}”
        {(CSV_SETTINGS[preview.entity] as readonly string[]).includes('decimal') ? `, numbers with a ${DECIMAL_LABELS[preview.options.decimal]}` : ''}. Columns {matched}.
      </p>
      {file.encoding && file.encoding !== 'utf-8' && (
        <p className="imports__note" role="note">
          The file is not UTF-8: it was read as {ENCODING_LABELS[file.encoding]}. Check that accented letters look right
          in the first rows below.
        </p>
      )}

      <h3 className="imports__subhead">Match the columns</h3>
      <CsvMappingTable preview={preview} onChange={(mapping) => void remapCsv(mapping)} />
      <CsvFileSettings preview={preview} />
      <CsvUnknownValues preview={preview} />

      <h3 className="imports__subhead">First rows</h3>
      {preview.sampleRows.length === 0 ? (
        <p className="hint">The file has a header row but no data rows.</p>
      ) : (
        <div className="csv-sample">
          <table className="table">
            <caption className="visually-hidden">First rows of the file</caption>
            <thead>
              <tr>
                {preview.headers.map((h, i) => (
                  <th key={i} scope="col">
                    {columnLetter(i)} · {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.sampleRows.map((row, r) => (
                <tr key={r}>
                  {preview.headers.map((_, i) => (
                    <td key={i}>{row[i] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {preview.problems.length > 0 ? (
        <CsvProblems preview={preview} fileName={file.name} />
      ) : (
        <p className="imports__ok">No problems found: every row can be imported.</p>
      )}
      {preview.notes.map((n) => (
        <p key={n} className="hint">
          {n}
        </p>
      ))}

      <div className="imports__actions">
        <p className="imports__verdict">
          {preview.validRows === 0
            ? 'No row can be imported yet: fix the file or the column matches.'
            : `${count(preview.validRows, 'row')} can be imported: ${preview.toAdd.toLocaleString()} new, ${preview.toUpdate.toLocaleString()} matching records already here (updated where they differ).`}
          {skipped > 0 && preview.validRows > 0 ? ` ${count(skipped, 'row')} with problems will be left out.` : ''}
        </p>
        <button type="button" className="button button--primary" disabled={preview.validRows === 0 || busy} onClick={() => void importCsv()}>
          {skipped > 0 ? `Import the ${count(preview.validRows, 'valid row')}` : `Import ${count(preview.validRows, 'row')}`}
        </button>
        <button type="button" className="button" onClick={resetCsv}>
          Import nothing
        </button>
      </div>
    </div>
  );
}
