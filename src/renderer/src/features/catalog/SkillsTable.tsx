import { useMemo, useState } from 'react';
import type { OperationOutput } from '../../../../shared/api/contract';
import { skillFilters as skillFiltersSchema, skillMatches } from '../../../../shared/domain/catalog-filters';
import { rolesInFocus, skillsInFocus, unarchivedRoles } from '../../../../shared/planning/roles-in-focus';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { SearchField } from '../../components/SearchField';
import { DataTable, type Column } from '../../components/table/DataTable';
import { routeHref } from '../../router';
import { useApiQuery, useCategories, useRoles, useSkills } from '../../data';
import { useCatalog } from '../../store/catalog';
import { actionsColumn } from './ActionsMenu';
import { DeleteSkillDialog } from './DeleteSkillDialog';
import { FilterSelect } from './FilterSelect';
import { provenanceLabel } from './format';
import { SkillDialog } from './SkillDialog';

type Skill = OperationOutput<'skills.list'>[number];

const COVERAGE = [
  { value: 'taught', label: 'Taught by a course' },
  { value: 'untaught', label: 'Taught by no course' },
] as const;

/** Until the members are loaded (a stable empty list, so memos do not recompute). */
const NO_MEMBERS: readonly { targetRoleId: string | null }[] = [];

const openSkill = (id: string) => {
  window.location.hash = routeHref('catalog', 'skills', id);
};

/**
 * Skills in a sortable table with search and filters, and the actions to add, edit and delete them. By default it
 * lists the skills of the roles someone targets (and those no role requires); the rest is one click away.
 */
export function SkillsTable() {
  const { rows: skills, status } = useSkills();
  const roles = useRoles().rows;
  const members = useApiQuery('members.list', {}, { action: 'Loading members' }).data ?? NO_MEMBERS;
  const categories = useCategories().rows;
  const filters = useCatalog((s) => s.skillFilters);
  const setFilters = useCatalog((s) => s.setSkillFilters);
  const [showAll, setShowAll] = useState(false);
  const [editing, setEditing] = useState<Skill | 'new' | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);

  const names = useMemo(() => new Map(skills.map((s) => [s.id, s.name])), [skills]);
  const roleNames = useMemo(() => new Map(roles.map((r) => [r.id, r.name])), [roles]);
  const categoryOrder = useMemo(() => new Map(categories.map((c, i) => [c.id, i])), [categories]);
  // A chosen role shows its skills whatever the focus; otherwise the roles in focus decide.
  const focus = useMemo(() => skillsInFocus(skills, rolesInFocus(roles, members, false).shown), [skills, roles, members]);
  const focused = showAll || filters.role ? skills : focus.shown;
  const shown = useMemo(() => {
    const parsed = skillFiltersSchema.parse(filters);
    return focused.filter((s) => skillMatches(s, parsed));
  }, [focused, filters]);
  const filtered = Boolean(filters.search || filters.category || filters.role || filters.coverage);
  const roleChoices = unarchivedRoles(roles, false, [filters.role]).shown;

  const columns: Column<Skill>[] = [
    {
      id: 'name',
      header: 'Skill',
      rowHeader: true,
      className: 'table__main',
      sortValue: (s) => s.name.toLowerCase(),
      cell: (s) => {
        const provenance = provenanceLabel(s);
        return (
          <>
            <a className="table__primary" href={routeHref('catalog', 'skills', s.id)}>
              {s.name}
            </a>
            {provenance && <span className="badge badge--quiet table__badge">{provenance}</span>}
            <div className="table__secondary table__clamp">{s.description}</div>
          </>
        );
      },
    },
    {
      id: 'category',
      header: 'Category',
      width: '15%',
      className: 'table__secondary',
      // Categories sort in the catalog's order, as the skills list has always grouped them.
      sortValue: (s) => categoryOrder.get(s.category) ?? Number.MAX_SAFE_INTEGER,
      cell: (s) => s.categoryName,
    },
    {
      id: 'requires',
      header: 'Requires',
      width: '15%',
      className: 'table__secondary',
      sortValue: (s) => s.prerequisites.length,
      cell: (s) => s.prerequisites.map((p) => names.get(p.skill) ?? p.skill).join(', ') || '—',
    },
    {
      id: 'requiredBy',
      header: 'Required by',
      width: '16%',
      className: 'table__secondary',
      sortValue: (s) => s.requiredBy.length,
      cell: (s) => s.requiredBy.map((r) => roleNames.get(r) ?? r).join(', ') || '—',
    },
    {
      id: 'courses',
      header: 'Courses',
      numeric: true,
      width: '8%',
      sortValue: (s) => s.taughtBy,
      cell: (s) => (s.taughtBy > 0 ? s.taughtBy : <span className="warning-text">None</span>),
    },
    { id: 'refs', header: 'Covers', width: '11%', className: 'table__refs', sortValue: (s) => s.refs[0]?.id ?? null, cell: (s) => s.refs.map((r) => r.id).join(', ') },
    actionsColumn(
      (s) => s.name,
      (s) => [
        { label: 'Open skill page', onSelect: () => openSkill(s.id) },
        { label: 'Edit…', onSelect: () => setEditing(s) },
        { label: 'Delete…', destructive: true, onSelect: () => setDeleting({ id: s.id, name: s.name }) },
      ],
    ),
  ];

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
          options={roleChoices.map((r) => ({ value: r.id, label: `Required by ${r.name}` }))}
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
          {shown.length} of {focused.length} skills
        </span>
        <span className="toolbar__spacer" />
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          New skill
        </button>
      </div>
      {focus.hidden > 0 && !filters.role && (
        <p className="list-focus" role="note">
          {showAll
            ? `Showing all ${skills.length} skills, also the ${focus.hidden} only roles nobody targets require.`
            : `Showing the ${focus.shown.length} skills of the roles someone targets (and those no role requires), of ${skills.length}.`}{' '}
          <button type="button" className="button button--quiet" onClick={() => setShowAll(!showAll)}>
            {showAll ? 'Only the roles someone targets' : `Show all ${skills.length}`}
          </button>
        </p>
      )}
      {shown.length === 0 ? (
        <EmptyState title="No skill matches these filters">
          <p>Try fewer words or clear the filters.</p>
        </EmptyState>
      ) : (
        <DataTable
          listId="skills"
          label="Skills"
          rows={shown}
          columns={columns}
          rowKey={(s) => s.id}
          defaultSort={{ column: 'category', direction: 'asc' }}
          onOpenRow={(s) => openSkill(s.id)}
          rowProps={(s) => ({ 'data-skill': s.id })}
          rowHeight={64}
        />
      )}
      {dialogs}
    </section>
  );
}
