import { useMemo, useState } from 'react';
import type { OperationOutput } from '../../../../shared/api/contract';
import { skillFilters as skillFiltersSchema, skillMatches } from '../../../../shared/domain/catalog-filters';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { SearchField } from '../../components/SearchField';
import { routeHref } from '../../router';
import { useCategories, useRoles, useSkills } from '../../data';
import { useCatalog } from '../../store/catalog';
import { ActionsMenu } from './ActionsMenu';
import { DeleteSkillDialog } from './DeleteSkillDialog';
import { FilterSelect } from './FilterSelect';
import { provenanceLabel } from './format';
import { SkillDialog } from './SkillDialog';
import { useVirtualRows } from '../../components/table/useVirtualRows';

type Skill = OperationOutput<'skills.list'>[number];
type Row = { kind: 'category'; id: string; name: string; count: number } | { kind: 'skill'; skill: Skill };

const COVERAGE = [
  { value: 'taught', label: 'Taught by a course' },
  { value: 'untaught', label: 'Taught by no course' },
] as const;

const openSkill = (id: string) => {
  window.location.hash = routeHref('catalog', 'skills', id);
};

/** Skills grouped by category, with search and filters, and the actions to add, edit and delete them. */
export function SkillsTable() {
  const { rows: skills, status } = useSkills();
  const roles = useRoles().rows;
  const categories = useCategories().rows;
  const filters = useCatalog((s) => s.skillFilters);
  const setFilters = useCatalog((s) => s.setSkillFilters);
  const [editing, setEditing] = useState<Skill | 'new' | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);

  const names = useMemo(() => new Map(skills.map((s) => [s.id, s.name])), [skills]);
  const roleNames = useMemo(() => new Map(roles.map((r) => [r.id, r.name])), [roles]);
  const shown = useMemo(() => {
    const parsed = skillFiltersSchema.parse(filters);
    return skills.filter((s) => skillMatches(s, parsed));
  }, [skills, filters]);
  const rows = useMemo(() => {
    const out: Row[] = [];
    let group = null as Extract<Row, { kind: 'category' }> | null;
    for (const s of shown) {
      if (group?.id !== s.category) {
        group = { kind: 'category', id: s.category, name: s.categoryName, count: 0 };
        out.push(group);
      }
      group.count++;
      out.push({ kind: 'skill', skill: s });
    }
    return out;
  }, [shown]);
  const { setAnchor, rows: windowed, before, after, measureElement } = useVirtualRows(rows.length, 64);
  const filtered = Boolean(filters.search || filters.category || filters.role || filters.coverage);

  const dialogs = (
    <>
      <SkillDialog
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        skill={editing === 'new' ? undefined : (editing ?? undefined)}
        onSaved={(s) => editing === 'new' && openSkill(s.id)}
      />
      <DeleteSkillDialog skill={deleting} onOpenChange={(open) => !open && setDeleting(null)} onDeleted={() => setDeleting(null)} />
    </>
  );

  if (status === 'loading' && skills.length === 0) return <Loading what="skills" />;
  if (status === 'ready' && skills.length === 0) {
    return (
      <EmptyState title="No skills in the catalog">
        <p>Skills are what roles require and courses teach. Add the first one.</p>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          New skill
        </button>
        {dialogs}
      </EmptyState>
    );
  }

  const renderRow = (row: Row, index: number) =>
    row.kind === 'category' ? (
      <tr key={`c-${row.id}`} className="table__group" data-index={index} ref={measureElement}>
        <th scope="colgroup" colSpan={6}>
          {row.name} <span className="table__group-count">{row.count}</span>
        </th>
      </tr>
    ) : (
      <SkillRow
        key={row.skill.id}
        skill={row.skill}
        index={index}
        measure={measureElement}
        prerequisiteNames={row.skill.prerequisites.map((p) => names.get(p.skill) ?? p.skill)}
        roleNames={row.skill.requiredBy.map((r) => roleNames.get(r) ?? r)}
        onEdit={() => setEditing(row.skill)}
        onDelete={() => setDeleting({ id: row.skill.id, name: row.skill.name })}
      />
    );

  return (
    <section aria-label="Skills">
      <div className="toolbar toolbar--wrap">
        <SearchField label="Search skills" value={filters.search ?? ''} onChange={(search) => setFilters({ ...filters, search })} />
        <FilterSelect
          label="Category"
          anyLabel="All categories"
          value={filters.category}
          onChange={(category) => setFilters({ ...filters, category })}
          options={categories.map((c) => ({ value: c.id, label: c.name }))}
        />
        <FilterSelect
          label="Required by role"
          anyLabel="Any role or none"
          value={filters.role}
          onChange={(role) => setFilters({ ...filters, role })}
          options={roles.map((r) => ({ value: r.id, label: `Required by ${r.name}` }))}
        />
        <FilterSelect
          label="Course coverage"
          anyLabel="Taught or not"
          value={filters.coverage}
          onChange={(coverage) => setFilters({ ...filters, coverage })}
          options={COVERAGE}
        />
        {filtered && (
          <button type="button" className="button button--quiet" onClick={() => setFilters({})}>
            Clear filters
          </button>
        )}
        <span className="toolbar__count" aria-live="polite">
          {shown.length} of {skills.length} skills
        </span>
        <span className="toolbar__spacer" />
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          New skill
        </button>
      </div>
      {shown.length === 0 ? (
        <EmptyState title="No skill matches these filters">
          <p>Try fewer words or clear the filters.</p>
        </EmptyState>
      ) : (
        <table className="table table--fixed" ref={setAnchor}>
          {/* Fixed widths, so columns do not shift as rows scroll in and out. */}
          <colgroup>
            <col />
            <col style={{ width: '18%' }} />
            <col style={{ width: '18%' }} />
            <col style={{ width: '8%' }} />
            <col style={{ width: '13%' }} />
            <col style={{ width: '52px' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Requires</th>
              <th scope="col">Required by</th>
              <th scope="col" className="table__num">
                Courses
              </th>
              <th scope="col">Covers</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
            {windowed ? windowed.map((v) => renderRow(rows[v.index]!, v.index)) : rows.map(renderRow)}
            {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
          </tbody>
        </table>
      )}
      {dialogs}
    </section>
  );
}

function SkillRow({
  skill,
  index,
  measure,
  prerequisiteNames,
  roleNames,
  onEdit,
  onDelete,
}: {
  skill: Skill;
  index: number;
  measure: ((el: Element | null) => void) | undefined;
  prerequisiteNames: string[];
  roleNames: string[];
  onEdit: () => void;
  onDelete: () => void;
}) {
  const provenance = provenanceLabel(skill);
  return (
    <tr data-index={index} ref={measure}>
      <td className="table__main">
        <a className="table__primary" href={routeHref('catalog', 'skills', skill.id)}>
          {skill.name}
        </a>
        {provenance && <span className="badge badge--quiet table__badge">{provenance}</span>}
        <div className="table__secondary table__clamp">{skill.description}</div>
      </td>
      <td className="table__secondary">{prerequisiteNames.join(', ') || '—'}</td>
      <td className="table__secondary">{roleNames.join(', ') || '—'}</td>
      <td className="table__num">{skill.taughtBy > 0 ? skill.taughtBy : <span className="warning-text">None</span>}</td>
      <td className="table__refs">{skill.refs.map((r) => r.id).join(', ')}</td>
      <td className="table__actions">
        <ActionsMenu
          label={`Actions for ${skill.name}`}
          actions={[
            { label: 'Open skill page', onSelect: () => openSkill(skill.id) },
            { label: 'Edit…', onSelect: onEdit },
            { label: 'Delete…', destructive: true, onSelect: onDelete },
          ]}
        />
      </td>
    </tr>
  );
}
