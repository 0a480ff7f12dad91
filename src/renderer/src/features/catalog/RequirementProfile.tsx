import { useMemo, useState, type FormEvent } from 'react';
import type { OperationOutput } from '../../../../shared/api/contract';
import type { RoleRequirement } from '../../../../shared/domain/catalog';
import { IMPORTANCE_LABELS } from '../../../../shared/domain/proficiency';
import { EmptyState } from '../../components/EmptyState';
import { routeHref } from '../../router';
import type { RoleDetail } from '../../store/catalog';
import { SaveStatus, useImmediateSave } from './SaveStatus';
import { LevelSelect, SkillSelect } from './SkillSelect';

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
    });
  }

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
          <tbody>
            {role.requirements.map((q, i) => (
              <tr key={q.skill}>
                <td className="table__main">
                  <a href={routeHref('catalog', 'skills', q.skill)}>{q.skillName}</a>
                  <div className="table__secondary">{categoryOf.get(q.skill)}</div>
                </td>
                <td>
                  <LevelSelect aria-label={`Required level for ${q.skillName}`} value={q.level} onChange={(level) => update(i, { level: level as RoleRequirement['level'] })} />
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
        </table>
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
