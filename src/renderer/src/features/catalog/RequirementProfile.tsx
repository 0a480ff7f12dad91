import { useMemo, useState, type FormEvent } from 'react';
import type { OperationOutput } from '../../../../shared/api/contract';
import type { RoleRequirement } from '../../../../shared/domain/catalog';
import { IMPORTANCE_LABELS } from '../../../../shared/domain/proficiency';
import { EmptyState } from '../../components/EmptyState';
import { SearchField } from '../../components/SearchField';
import { matchesSearch } from '../../../../shared/domain/search';
import { routeHref } from '../../router';
import type { RoleDetail } from '../../store/catalog';
import { SaveStatus, useImmediateSave } from './SaveStatus';
import { useUnaddedPick } from './unadded-pick';
import { LevelSelect, SkillSelect } from './SkillSelect';
import './requirement-profile.css';

type Skills = OperationOutput<'skills.list'>;

function ImportanceSelect({ value, onChange, label }: { value: number; onChange: (v: number) => void; label: string }) {
  return (
    <select className="input input--level" aria-label={label} value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {([3, 2, 1] as const).map((i) => (
        <option key={i} value={i}>
          {IMPORTANCE_LABELS[i]}
        </option>
      ))}
    </select>
  );
}

/**
 * A role's requirement profile: each skill with the level the role needs and how much it matters. Every edit
 * is saved at once (one transaction) and a refusal is shown here.
 */
export function RequirementProfile({ role, skills }: { role: RoleDetail; skills: Skills }) {
  const { saving, message, run } = useImmediateSave();
  const [adding, setAdding] = useState({ skill: '', level: 3, importance: 2 });
  const categoryOf = useMemo(() => new Map(skills.map((s) => [s.id, s.categoryName])), [skills]);
  const taken = useMemo(() => new Set(role.requirements.map((q) => q.skill)), [role.requirements]);
  const { markRefused } = useUnaddedPick(adding.skill, skills, (name) => `${name}, picked for the profile of ${role.name} but not added`);
  const requirements: RoleRequirement[] = role.requirements.map(({ skill, level, importance }) => ({ skill, level, importance }));

  const save = (next: RoleRequirement[], done: string) =>
    run((change) => change('roles.setRequirements', { id: role.id, requirements: next }), done);

  const nameOf = (id: string) => role.requirements.find((q) => q.skill === id)?.skillName ?? id;
  const update = (i: number, patch: Partial<RoleRequirement>) =>
    void save(
      requirements.map((q, j) => (j === i ? ({ ...q, ...patch } as RoleRequirement) : q)),
      `Saved ${nameOf(requirements[i]!.skill)}.`,
    );

  function add(event: FormEvent) {
    event.preventDefault();
    if (!adding.skill) return;
    const name = skills.find((s) => s.id === adding.skill)?.name ?? adding.skill;
    void save([...requirements, adding as RoleRequirement], `Added ${name}.`).then((saved) => {
      if (saved) setAdding((a) => ({ ...a, skill: '' }));
      else markRefused(adding.skill);
    });
  }

  // Large profiles (a NICE work role brings 50–150 statements) are grouped by category, searchable and collapsible.
  const [search, setSearch] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const groups = useMemo(() => {
    const byCategory = new Map<string, { q: RoleDetail['requirements'][number]; i: number }[]>();
    role.requirements.forEach((q, i) => {
      if (!matchesSearch(search, q.skillName, categoryOf.get(q.skill) ?? '')) return;
      const category = categoryOf.get(q.skill) ?? 'Other';
      byCategory.set(category, [...(byCategory.get(category) ?? []), { q, i }]);
    });
    return [...byCategory.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [role.requirements, categoryOf, search]);
  const shownCount = groups.reduce((n, [, rows]) => n + rows.length, 0);
  const toggle = (category: string) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(category)) next.delete(category);
      else next.add(category);
      return next;
    });
  const large = role.requirements.length > 12;

  const counts = [3, 2, 1].map((i) => `${role.requirements.filter((q) => q.importance === i).length} ${IMPORTANCE_LABELS[i as 1 | 2 | 3].toLowerCase()}`);

  return (
    <section className="panel" aria-labelledby="profile-heading">
      <div className="panel__head">
        <h2 id="profile-heading" className="panel__title">
          Requirement profile
        </h2>
        <span className="panel__meta">
          {role.requirements.length} skills · {counts.join(' · ')}
        </span>
      </div>
      {role.requirements.length === 0 ? (
        <EmptyState title="No skills required yet">
          <p>Add the skills this role needs below, with the level and how much each matters.</p>
        </EmptyState>
      ) : (
        <>
          {large && (
            <div className="toolbar">
              <SearchField label="Search the profile" value={search} onChange={setSearch} />
              <span className="toolbar__count" aria-live="polite">
                {shownCount} of {role.requirements.length} skills in {groups.length} categories
              </span>
              <button type="button" className="button button--small" onClick={() => setCollapsed(new Set(groups.map(([c]) => c)))}>
                Collapse all
              </button>
              <button type="button" className="button button--small" onClick={() => setCollapsed(new Set())}>
                Expand all
              </button>
            </div>
          )}
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Required level</th>
                <th scope="col">Importance</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            {groups.map(([category, rows]) => (
              <tbody key={category}>
                <tr className="profile-group">
                  <th scope="rowgroup" colSpan={4}>
                    <button
                      type="button"
                      className="profile-group__toggle"
                      aria-expanded={!collapsed.has(category)}
                      onClick={() => toggle(category)}
                    >
                      <span aria-hidden="true">{collapsed.has(category) ? '▸' : '▾'}</span> {category}{' '}
                      <span className="profile-group__count">({rows.length})</span>
                    </button>
                  </th>
                </tr>
                {!collapsed.has(category) &&
                  rows.map(({ q, i }) => (
                    <tr key={q.skill}>
                      <td className="table__main">
                        <a href={routeHref('catalog', 'skills', q.skill)}>{q.skillName}</a>
                      </td>
                      <td>
                        <LevelSelect
                          aria-label={`Required level for ${q.skillName}`}
                          value={q.level}
                          onChange={(level) => update(i, { level: level as RoleRequirement['level'] })}
                        />
                      </td>
                      <td>
                        <ImportanceSelect
                          label={`Importance of ${q.skillName}`}
                          value={q.importance}
                          onChange={(importance) => update(i, { importance: importance as RoleRequirement['importance'] })}
                        />
                      </td>
                      <td className="table__actions">
                        <button
                          type="button"
                          className="button button--small"
                          disabled={saving}
                          aria-label={`Remove ${q.skillName} from the profile`}
                          onClick={() => void save(requirements.filter((_, j) => j !== i), `Removed ${q.skillName}.`)}
                        >
                          Remove
                        </button>
                      </td>
                    </tr>
                  ))}
              </tbody>
            ))}
          </table>
          {shownCount === 0 && <p className="hint">No skill of the profile matches “{search}”.</p>}
        </>
      )}
      <form className="add-row" onSubmit={add} aria-label="Add a skill to the profile">
        <SkillSelect
          aria-label="Skill to add"
          skills={skills}
          exclude={taken}
          value={adding.skill}
          onChange={(skill) => setAdding((a) => ({ ...a, skill }))}
        />
        <LevelSelect aria-label="Required level of the skill to add" value={adding.level} onChange={(level) => setAdding((a) => ({ ...a, level }))} />
        <ImportanceSelect label="Importance of the skill to add" value={adding.importance} onChange={(importance) => setAdding((a) => ({ ...a, importance }))} />
        <button type="submit" className="button button--primary" disabled={!adding.skill || saving}>
          Add to profile
        </button>
      </form>
      <SaveStatus message={message} />
    </section>
  );
}
