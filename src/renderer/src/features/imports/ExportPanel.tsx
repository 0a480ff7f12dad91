import { useState } from 'react';
import { CSV_ENTITIES, CSV_ENTITY_LABELS, type CsvEntity } from '../../../../shared/domain/csv-import';
import { call } from '../../api';
import { useImports } from '../../store/imports';
import { useNotices } from '../../store/notices';
import { CSV_FILE, JSON_FILE, saveTextFile } from './files';

const ABOUT: Record<CsvEntity, string> = {
  courses: 'Title, provider, kind, format, hours, cost, link, level, and the skills each teaches and needs.',
  skills: 'Name, category, description, prerequisites and framework references.',
  requirements: 'Each role’s required skills with level and importance.',
  members: 'Name, job title, current and target role, weekly learning hours, start date, notes.',
  ratings: 'Every rating in each member’s history, with source, date and evidence.',
};

/** Files out: each entity as CSV (re-importable as is), and everything as one JSON backup. */
export function ExportPanel() {
  const withProgress = useImports((s) => s.withProgress);
  const [saved, setSaved] = useState<string | null>(null);

  async function exportCsv(entity: CsvEntity) {
    try {
      const file = await withProgress(`Exporting ${CSV_ENTITY_LABELS[entity].toLowerCase()}`, () => call('csv.export', { entity }));
      if (await saveTextFile(file.fileName, file.content, CSV_FILE)) {
        setSaved(`Saved ${file.fileName}: ${file.rows.toLocaleString()} ${file.rows === 1 ? 'row' : 'rows'}.`);
      }
    } catch (error) {
      useNotices.getState().report(`Exporting ${CSV_ENTITY_LABELS[entity].toLowerCase()}`, error);
    }
  }

  async function exportBackup() {
    try {
      const file = await withProgress('Writing the backup', () => call('backup.export', {}));
      if (await saveTextFile(file.fileName, file.content, JSON_FILE)) {
        const s = file.summary;
        setSaved(`Saved ${file.fileName}: ${s.roles} roles, ${s.skills} skills, ${s.courses} courses, ${s.members} members, ${s.ratings} ratings, ${s.plans} plans.`);
      }
    } catch (error) {
      useNotices.getState().report('Writing the backup', error);
    }
  }

  return (
    <div className="settings-grid">
      <section className="panel" aria-labelledby="csv-export-heading">
        <h2 id="csv-export-heading" className="panel__title">
          Export to a spreadsheet (CSV)
        </h2>
        <p className="imports__lead">UTF-8 CSV that Excel, Numbers and LibreOffice open as is, and that this planner imports back.</p>
        <ul className="export-list">
          {CSV_ENTITIES.map((entity) => (
            <li key={entity} className="export-list__item">
              <div>
                <div className="table__primary">{CSV_ENTITY_LABELS[entity]}</div>
                <div className="table__secondary">{ABOUT[entity]}</div>
              </div>
              <button type="button" className="button" onClick={() => void exportCsv(entity)}>
                Export {CSV_ENTITY_LABELS[entity].toLowerCase()}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="json-export-heading">
        <h2 id="json-export-heading" className="panel__title">
          Back up everything
        </h2>
        <p className="imports__lead">
          One JSON file with the whole catalog, the team, ratings, plans and settings, with counts and a checksum. Restore
          it under Backups, here or on another computer.
        </p>
        <button type="button" className="button button--primary" onClick={() => void exportBackup()}>
          Save a backup file…
        </button>
      </section>
      <p className="imports__saved" role="status">
        {saved ?? ''}
      </p>
    </div>
  );
}
