import type { CatalogUpdateItem, CatalogUpdateReport } from '../../../../shared/domain/catalog-update';
import { useApiQuery, write } from '../../data';
import { plural } from '../../components/plural';
import { useNotices } from '../../store/notices';
import './catalog-update-notice.css';

const KIND_LABELS: Record<CatalogUpdateItem['kind'], [string, string]> = {
  category: ['category', 'categories'],
  skill: ['skill', 'skills'],
  role: ['role', 'roles'],
  course: ['course', 'courses'],
};

/** "3 courses: A, B, C; 1 skill: D" for one list of the report. */
function byKind(items: CatalogUpdateItem[]): string {
  return (['course', 'skill', 'role', 'category'] as const)
    .map((kind) => {
      const names = items.filter((i) => i.kind === kind).map((i) => i.name);
      return names.length ? `${plural(names.length, ...KIND_LABELS[kind])}: ${names.join(', ')}` : '';
    })
    .filter(Boolean)
    .join('; ');
}

const SECTIONS: { key: keyof Pick<CatalogUpdateReport, 'added' | 'updated' | 'keptEdited' | 'keptDeleted' | 'retired'>; title: string }[] = [
  { key: 'added', title: 'Added' },
  { key: 'updated', title: 'Updated' },
  { key: 'keptEdited', title: 'Kept as you edited them' },
  { key: 'keptDeleted', title: 'Still deleted, as you left them' },
  { key: 'retired', title: 'No longer in the catalog, kept for your plans' },
];

/**
 * Shown once after the app brought the data file up to a newer catalog: what was added, updated, and left
 * alone because the user had changed it. Dismissing it records that it was seen.
 */
export function CatalogUpdateNotice() {
  // Informational only: if it cannot be read, the screens report the store's failure themselves.
  const report = useApiQuery('catalog.updateNotice', {}, { action: 'Reading the catalog update', quiet: true }).data ?? null;
  const reportFailure = useNotices((s) => s.report);

  if (!report) return null;
  const counts = [
    `${report.added.length} added`,
    `${report.updated.length} updated`,
    `${report.keptEdited.length} kept as you edited them`,
  ];
  if (report.keptDeleted.length) counts.push(`${report.keptDeleted.length} you deleted stay deleted`);
  if (report.retired.length) counts.push(`${report.retired.length} no longer in the catalog, kept`);

  async function dismiss() {
    try {
      // The notice is read again (empty now) once the dismissal is recorded.
      await write('catalog.dismissUpdateNotice', {});
    } catch (error) {
      reportFailure('Dismissing the catalog update', error);
    }
  }

  return (
    <section className="catalog-update" aria-labelledby="catalog-update-title">
      <div className="catalog-update__head">
        <div>
          <h2 id="catalog-update-title" className="catalog-update__title">
            The catalog was updated to {report.toVersion}
            {report.fromVersion ? ` (from ${report.fromVersion})` : ''}
          </h2>
          <p className="catalog-update__counts">{counts.join(' · ')}</p>
        </div>
        <button type="button" className="button" onClick={() => void dismiss()}>
          Dismiss
        </button>
      </div>
      <details className="catalog-update__details">
        <summary>Show what changed</summary>
        <dl>
          {SECTIONS.filter((s) => report[s.key].length > 0).map((s) => (
            <div key={s.key} className="catalog-update__section">
              <dt>{s.title}</dt>
              {/* Focusable, so a long list can be scrolled from the keyboard. */}
              <dd tabIndex={0}>{byKind(report[s.key])}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
