import { useMemo, useState } from 'react';
import type { OperationOutput } from '../../../../shared/api/contract';
import type { SkillAtLevel } from '../../../../shared/domain/catalog';
import type { FieldErrors } from '../../components/form/field-errors';
import { LevelSelect, SkillSelect } from './SkillSelect';

type Skills = OperationOutput<'skills.list'>;

/**
 * Edits a list of skills at levels inside a form (what a course teaches or needs, a new skill's
 * prerequisites): each row's level can change, rows can be removed, and a skill can be added.
 */
export function SkillLevelList({
  legend,
  field,
  value,
  onChange,
  skills,
  errors,
  levelName,
  exclude,
  emptyText,
}: {
  legend: string;
  /** The input field this list is, for its field-level messages: "teaches" → "teaches.0.level". */
  field: string;
  value: SkillAtLevel[];
  onChange: (next: SkillAtLevel[]) => void;
  skills: Skills;
  errors: FieldErrors;
  /** What the level means here: “Brings to”, “Entry level”, “Needed at”. */
  levelName: string;
  exclude?: string;
  emptyText: string;
}) {
  const [adding, setAdding] = useState('');
  const [addLevel, setAddLevel] = useState(2);
  const names = useMemo(() => new Map(skills.map((s) => [s.id, s.name])), [skills]);
  const taken = useMemo(() => new Set([...value.map((v) => v.skill), ...(exclude ? [exclude] : [])]), [value, exclude]);

  function add() {
    if (!adding) return;
    onChange([...value, { skill: adding, level: addLevel as SkillAtLevel['level'] }]);
    setAdding('');
  }

  return (
    <fieldset className="skill-levels">
      <legend className="field__label">{legend}</legend>
      {value.length === 0 ? (
        <p className="skill-levels__empty">{emptyText}</p>
      ) : (
        <ul className="skill-levels__list">
          {value.map((item, i) => {
            const name = names.get(item.skill) ?? item.skill;
            const problem = errors[`${field}.${i}.skill`] ?? errors[`${field}.${i}.level`];
            return (
              <li key={item.skill} className="skill-levels__row">
                <span className="skill-levels__name">{name}</span>
                <LevelSelect
                  aria-label={`${levelName} for ${name}`}
                  aria-invalid={Boolean(problem)}
                  value={item.level}
                  onChange={(level) =>
                    onChange(value.map((v, j) => (j === i ? { ...v, level: level as SkillAtLevel['level'] } : v)))
                  }
                />
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Remove ${name}`}
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
                {problem && <span className="field__error skill-levels__error">{problem}</span>}
              </li>
            );
          })}
        </ul>
      )}
      <div className="skill-levels__add">
        <SkillSelect aria-label={`${legend}: skill to add`} skills={skills} value={adding} onChange={setAdding} exclude={taken} />
        <LevelSelect aria-label={`${legend}: ${levelName.toLowerCase()}`} value={addLevel} onChange={setAddLevel} />
        <button type="button" className="button button--small" onClick={add} disabled={!adding}>
          Add
        </button>
      </div>
      {errors[field] && <span className="field__error">{errors[field]}</span>}
    </fieldset>
  );
}
