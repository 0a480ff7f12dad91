import { useMemo, useState } from 'react';
import type { NiceInspection, NiceRoleStatus } from '../../../../shared/domain/nice-import';
import { matchesSearch } from '../../../../shared/domain/search';
import { EmptyState } from '../../components/EmptyState';
import { SearchField } from '../../components/SearchField';
import { Choice } from '../../components/Choice';

const ALL = 'all';

const STATUS: Record<NiceRoleStatus, { label: string; hint: string }> = {
  new: { label: 'New', hint: 'Not in your catalog yet.' },
  imported: { label: 'Imported', hint: 'Importing again updates it to this file.' },
  edited: { label: 'Edited by you', hint: 'You changed it: an import leaves it as it is.' },
  deleted: { label: 'Deleted by you', hint: 'Picking it brings it back.' },
};

/** Work roles to import: all, by category, or one by one, narrowed by a search. */
export function NiceRolePicker({
  inspection,
  selected,
  onChange,
}: {
  inspection: NiceInspection;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState(ALL);
  const picked = new Set(selected);
  const shown = useMemo(
    () =>
      inspection.roles.filter(
        (r) => (category === ALL || r.category === category) && matchesSearch(search, r.name, r.id, r.definition),
      ),
    [inspection.roles, category, search],
  );
  // Applying a newer version means updating what was imported: one click picks those roles.
  const imported = inspection.roles.filter((r) => r.status === 'imported').map((r) => r.id);
  const groups = inspection.categories
    .map((c) => ({ ...c, roles: shown.filter((r) => r.category === c.id) }))
    .filter((g) => g.roles.length > 0);

  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(picked);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    // Kept in the framework's order, so the report lists roles as NIST does.
    onChange(inspection.roles.map((r) => r.id).filter((id) => next.has(id)));
  };

  return (
    <div className="nice-picker">
      <div className="imports__controls">
        <SearchField label="Search work roles" value={search} onChange={setSearch} />
        <Choice
          label="Category"
          hideLabel
          value={category}
          options={[
            { value: ALL, label: 'All categories' },
            ...inspection.categories.map((c) => ({ value: c.id, label: `${c.name} (${c.roleCount})` })),
          ]}
          onChange={setCategory}
        />
        <button type="button" className="button" disabled={shown.length === 0} onClick={() => toggle(shown.map((r) => r.id), true)}>
          Select {shown.length === inspection.roles.length ? 'all' : 'the'} {shown.length} shown
        </button>
        {imported.length > 0 && (
          <button type="button" className="button" onClick={() => toggle(imported, true)}>
            Select the {imported.length} imported before
          </button>
        )}
        <button type="button" className="button" disabled={selected.length === 0} onClick={() => onChange([])}>
          Clear selection
        </button>
        <span className="toolbar__count" aria-live="polite">
          {selected.length} of {inspection.roles.length} selected
        </span>
      </div>
      {groups.length === 0 ? (
        <EmptyState title="No work role matches">Change the search or pick another category.</EmptyState>
      ) : (
        <div className="nice-picker__list">
          {groups.map((g) => {
            const ids = g.roles.map((r) => r.id);
            const count = ids.filter((id) => picked.has(id)).length;
            return (
              <fieldset key={g.id} className="nice-picker__group">
                <legend className="nice-picker__legend">
                  <label className="io-check">
                    <input
                      type="checkbox"
                      checked={count === ids.length}
                      ref={(el) => {
                        if (el) el.indeterminate = count > 0 && count < ids.length;
                      }}
                      onChange={(e) => toggle(ids, e.target.checked)}
                    />
                    <span>
                      {g.name} <span className="nice-picker__meta">({ids.length} shown)</span>
                    </span>
                  </label>
                </legend>
                <ul className="nice-picker__roles">
                  {g.roles.map((r) => (
                    <li key={r.id}>
                      <label className="io-check nice-picker__role" title={r.definition}>
                        <input type="checkbox" checked={picked.has(r.id)} onChange={(e) => toggle([r.id], e.target.checked)} />
                        <span className="nice-picker__name">
                          {r.name} <span className="nice-picker__id">{r.id}</span>
                        </span>
                        <span className="nice-picker__meta">
                          {r.knowledge} knowledge · {r.skills} skills · {r.tasks} tasks
                        </span>
                        <span className={`badge nice-status nice-status--${r.status}`} title={STATUS[r.status].hint}>
                          {STATUS[r.status].label}
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            );
          })}
        </div>
      )}
    </div>
  );
}
