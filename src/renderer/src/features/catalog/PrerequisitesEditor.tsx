import { useMemo, useState, type FormEvent } from 'react';
import type { OperationOutput } from '../../../../shared/api/contract';
import type { SkillAtLevel } from '../../../../shared/domain/catalog';
import { routeHref } from '../../router';
import type { SkillPage } from '../../store/catalog';
import { SaveStatus, useImmediateSave } from './SaveStatus';
import { useUnaddedPick } from './unadded-pick';
import { LevelSelect, SkillSelect } from './SkillSelect';

type Skills = OperationOutput<'skills.list'>;

/**
 * What a skill requires, editable: change a level, remove one, add one. Each edit is saved at once; a
 * prerequisite that would make a cycle is refused by the API, and its message names the cycle here.
 */
export function PrerequisitesEditor({ skill, skills }: { skill: SkillPage; skills: Skills }) {
  const { saving, message, run } = useImmediateSave();
  const [adding, setAdding] = useState({ skill: '', level: 2 });
  const current: SkillAtLevel[] = skill.requires.map(({ skill: s, level }) => ({ skill: s, level }));
  const taken = useMemo(() => new Set([skill.id, ...skill.requires.map((r) => r.skill)]), [skill]);
  const { markRefused } = useUnaddedPick(adding.skill, skills, (name) => `${name}, picked as a prerequisite of ${skill.name} but not added`);

  const save = (prerequisites: SkillAtLevel[], done: string) =>
    run((change) => change('skills.setPrerequisites', { id: skill.id, prerequisites }), done);

  function add(event: FormEvent) {
    event.preventDefault();
    if (!adding.skill) return;
    const name = skills.find((s) => s.id === adding.skill)?.name ?? adding.skill;
    void save([...current, adding as SkillAtLevel], `Added ${name} as a prerequisite.`).then((saved) => {
      if (saved) setAdding((a) => ({ ...a, skill: '' }));
      else markRefused(adding.skill);
    });
  }

  return (
    <section className="panel" aria-labelledby="requires-heading">
      <h2 id="requires-heading" className="panel__title">
        Requires
      </h2>
      {skill.requires.length === 0 ? (
        <p className="muted">Nothing: this skill can be learned first.</p>
      ) : (
        <ul className="link-list">
          {skill.requires.map((r, i) => (
            <li key={r.skill} className="link-list__row">
              <a href={routeHref('catalog', 'skills', r.skill)}>{r.name}</a>
              <LevelSelect
                aria-label={`Level of ${r.name} needed`}
                value={r.level}
                onChange={(level) =>
                  void save(
                    current.map((p, j) => (j === i ? { ...p, level: level as SkillAtLevel['level'] } : p)),
                    `Saved ${r.name}.`,
                  )
                }
              />
              <button
                type="button"
                className="button button--small"
                disabled={saving}
                aria-label={`Remove prerequisite ${r.name}`}
                onClick={() => void save(current.filter((_, j) => j !== i), `Removed ${r.name}.`)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="add-row" onSubmit={add} aria-label="Add a prerequisite">
        <SkillSelect
          aria-label="Prerequisite to add"
          skills={skills}
          exclude={taken}
          value={adding.skill}
          onChange={(s) => setAdding((a) => ({ ...a, skill: s }))}
        />
        <LevelSelect aria-label="Level needed of the prerequisite to add" value={adding.level} onChange={(level) => setAdding((a) => ({ ...a, level }))} />
        <button type="submit" className="button button--primary" disabled={!adding.skill || saving}>
          Add prerequisite
        </button>
      </form>
      <SaveStatus message={message} />
    </section>
  );
}
