import type { NiceInspection } from '../../../../shared/domain/nice-import';
import { isEmptyDiff } from '../../../../shared/domain/nice-diff';

const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** How this file differs from the framework version imported before: roles and statements added, removed, reworded. */
export function NiceVersionChanges({ inspection }: { inspection: NiceInspection }) {
  const { diff, imported } = inspection;
  if (!imported) {
    return <p className="hint">No NICE version has been imported into this data file yet.</p>;
  }
  if (!diff || isEmptyDiff(diff)) {
    return (
      <p className="imports__ok">
        Same roles and statements as the version you imported ({imported.version}, {imported.importedAt.slice(0, 10)}).
      </p>
    );
  }
  const renamed = diff.rolesChanged.filter((c) => c.renamedFrom);
  return (
    <section className="nice-changes" aria-labelledby="nice-changes-heading">
      <h3 id="nice-changes-heading" className="imports__subhead">
        Changes since the imported version {diff.fromVersion} → {diff.toVersion}
      </h3>
      <ul className="nice-changes__summary">
        <li>
          Work roles: {diff.rolesAdded.length} added, {diff.rolesRemoved.length} removed, {diff.rolesChanged.length} changed
          {renamed.length ? ` (${n(renamed.length, 'renamed')})` : ''}
        </li>
        <li>
          Statements: {diff.statementsAdded.length} added, {diff.statementsRemoved.length} removed,{' '}
          {diff.statementsReworded.length} reworded
        </li>
      </ul>
      <Details title={`Roles added (${diff.rolesAdded.length})`} items={diff.rolesAdded.map((r) => `${r.name} (${r.id})`)} />
      <Details
        title={`Roles removed (${diff.rolesRemoved.length})`}
        items={diff.rolesRemoved.map((r) => `${r.name} (${r.id}): stays in your catalog until you delete it`)}
      />
      <Details
        title={`Roles changed (${diff.rolesChanged.length})`}
        items={diff.rolesChanged.map((c) =>
          [
            `${c.name} (${c.id})`,
            c.renamedFrom ? `renamed from “${c.renamedFrom}”` : '',
            c.definitionChanged ? 'definition reworded' : '',
            c.statementsAdded.length ? `+${n(c.statementsAdded.length, 'statement')}` : '',
            c.statementsRemoved.length ? `−${n(c.statementsRemoved.length, 'statement')}` : '',
            c.tasksAdded.length || c.tasksRemoved.length ? `tasks +${c.tasksAdded.length} −${c.tasksRemoved.length}` : '',
          ]
            .filter(Boolean)
            .join(', '),
        )}
      />
      <Details title={`Statements added (${diff.statementsAdded.length})`} items={diff.statementsAdded.map((s) => `${s.id}: ${s.text}`)} />
      <Details title={`Statements removed (${diff.statementsRemoved.length})`} items={diff.statementsRemoved.map((s) => `${s.id}: ${s.text}`)} />
      <Details
        title={`Statements reworded (${diff.statementsReworded.length})`}
        items={diff.statementsReworded.map((s) => `${s.id}: “${s.before}” → “${s.after}”`)}
      />
    </section>
  );
}

function Details({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <details className="nice-changes__details">
      <summary>{title}</summary>
      <ul className="bullets">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </details>
  );
}
