import type { NiceImportReport } from '../../../../shared/domain/nice-import';
import { IMPORTANCE_LABELS, PROFICIENCY_LABELS, type Importance, type TargetLevel } from '../../../../shared/domain/proficiency';
import { EmptyState } from '../../components/EmptyState';
import { routeHref } from '../../router';
import { useImports } from '../../store/imports';
import { FileButton } from './FileButton';
import { JSON_FILE } from './files';
import { NiceRolePicker } from './NiceRolePicker';
import { NiceVersionChanges } from './NiceVersionChanges';
import { Choice } from '../../components/Choice';
import { MAX_IMPORT_FILE_LABEL } from '../../../../shared/domain/text-file';

const LEVELS = [1, 2, 3, 4, 5].map((l) => ({ value: String(l), label: `${l} · ${PROFICIENCY_LABELS[l]}` }));
const IMPORTANCES = ([1, 2, 3] as const).map((i) => ({ value: String(i), label: IMPORTANCE_LABELS[i] }));

/** NICE Framework import: read the CPRT JSON, see what changed since the imported version, pick roles, import. */
export function NiceImportPanel() {
  const nice = useImports((s) => s.nice);
  const openNice = useImports((s) => s.openNice);
  const selectNiceRoles = useImports((s) => s.selectNiceRoles);
  const setNiceOptions = useImports((s) => s.setNiceOptions);
  const importNice = useImports((s) => s.importNice);
  const busy = useImports((s) => s.progress !== null);
  const { inspection } = nice;

  return (
    <section className="panel imports__panel" aria-labelledby="nice-import-heading">
      <h2 id="nice-import-heading" className="panel__title">
        Import NICE Framework work roles
      </h2>
      <p className="imports__lead">
        The NIST NICE Framework Components JSON, as exported from NIST’s CPRT (any version). Each work role becomes a
        role whose requirements are its knowledge and skill statements; its tasks become its responsibilities.
        Importing again updates what you imported and leaves what you edited.
      </p>
      <p className="imports__limit">Files up to {MAX_IMPORT_FILE_LABEL} (the whole framework is about 2 MiB).</p>
      <div className="imports__controls">
        <FileButton kind={JSON_FILE} primary={!inspection} onPick={(file) => void openNice(file)}>
          {nice.file ? 'Choose another NICE file…' : 'Choose the NICE JSON file…'}
        </FileButton>
      </div>
      {nice.error && nice.file && (
        <p className="imports__error" role="alert">
          {nice.file.name}: {nice.error}
        </p>
      )}
      {nice.report && <NiceReport report={nice.report} />}
      {!inspection && !nice.error && (
        <EmptyState title="No framework file chosen yet">
          <p>Download “NICE Framework Components” as JSON from NIST CPRT (csrc.nist.gov), then choose it here.</p>
        </EmptyState>
      )}
      {inspection && (
        <>
          <p className="imports__summary">
            <strong>{inspection.document.name}</strong>, version {inspection.document.version}:{' '}
            {inspection.roles.length} work roles in {inspection.categories.length} categories,{' '}
            {inspection.statementCounts.knowledge.toLocaleString()} knowledge, {inspection.statementCounts.skill.toLocaleString()} skill
            and {inspection.statementCounts.task.toLocaleString()} task statements.
          </p>
          <NiceVersionChanges inspection={inspection} />
          <h3 className="imports__subhead">Pick the work roles</h3>
          <NiceRolePicker inspection={inspection} selected={nice.selected} onChange={selectNiceRoles} />
          <div className="imports__actions">
            <Choice
              label="Level each new requirement asks for"
              value={String(nice.level)}
              options={LEVELS}
              onChange={(v) => setNiceOptions({ level: Number(v) as TargetLevel })}
            />
            <Choice
              label="Importance"
              value={String(nice.importance)}
              options={IMPORTANCES}
              onChange={(v) => setNiceOptions({ importance: Number(v) as Importance })}
            />
            <button
              type="button"
              className="button button--primary"
              disabled={nice.selected.length === 0 || busy}
              onClick={() => void importNice()}
            >
              {nice.selected.length === 0
                ? 'Import work roles'
                : nice.selected.length === 1
                  ? 'Import 1 work role'
                  : `Import ${nice.selected.length} work roles`}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** A few names, then how many more: a report stays readable after importing all 41 roles. */
function listSome(names: readonly string[], shown = 6): string {
  return names.length <= shown ? names.join(', ') : `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

const num = (n: number) => n.toLocaleString();

function NiceReport({ report }: { report: NiceImportReport }) {
  const kept = report.roles.keptEdited + report.skills.keptEdited;
  return (
    <div className="imports__result" role="status">
      {report.nothingChanged ? (
        <p>
          <strong>Nothing to change:</strong> your catalog already holds these roles as NICE {report.version} has them.
        </p>
      ) : (
        <p>
          <strong>Imported NICE {report.version}:</strong> roles {num(report.roles.added)} added, {num(report.roles.updated)} updated,{' '}
          {num(report.roles.unchanged)} unchanged · statement skills {num(report.skills.added)} added, {num(report.skills.updated)} updated,{' '}
          {num(report.skills.unchanged)} unchanged · categories {num(report.categories.added)} added, {num(report.categories.updated)} updated ·
          requirements {num(report.requirements.added)} added, {num(report.requirements.removed)} removed.
        </p>
      )}
      {kept > 0 && <p>Left as you edited them: {report.roles.keptEdited} roles and {report.skills.keptEdited} skills.</p>}
      {report.skills.keptDeleted > 0 && <p>Not brought back, as you deleted them: {report.skills.keptDeleted} skills.</p>}
      {report.addedRoles.length > 0 && <p>New roles: {listSome(report.addedRoles)}.</p>}
      {report.updatedRoles.length > 0 && <p>Updated roles: {listSome(report.updatedRoles)}.</p>}
      <a href={routeHref('catalog', 'roles')}>See the roles in the catalog</a>
    </div>
  );
}
