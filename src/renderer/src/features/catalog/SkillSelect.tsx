import { useMemo } from 'react';
import type { OperationOutput } from '../../../../shared/api/contract';
import { levelLabel } from './format';

type Skill = Pick<OperationOutput<'skills.list'>[number], 'id' | 'name' | 'category' | 'categoryName'>;

interface ControlProps {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-label'?: string;
}

/** A skill picker grouped by category (a native select: keyboard, type-ahead and screen readers for free). */
export function SkillSelect({
  skills,
  value,
  onChange,
  exclude,
  placeholder = 'Choose a skill…',
  ...control
}: ControlProps & {
  skills: readonly Skill[];
  value: string;
  onChange: (id: string) => void;
  /** Skills not to offer (already chosen, or the skill itself). */
  exclude?: ReadonlySet<string>;
  placeholder?: string;
}) {
  const groups = useMemo(() => {
    const byCategory = new Map<string, Skill[]>();
    for (const s of skills) {
      if (exclude?.has(s.id) && s.id !== value) continue;
      const list = byCategory.get(s.categoryName);
      if (list) list.push(s);
      else byCategory.set(s.categoryName, [s]);
    }
    return [...byCategory];
  }, [skills, exclude, value]);
  return (
    <select className="input" value={value} onChange={(e) => onChange(e.target.value)} {...control}>
      <option value="">{placeholder}</option>
      {groups.map(([category, list]) => (
        <optgroup key={category} label={category}>
          {list.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/** Levels 1 (Awareness) to 5 (Expert). */
export function LevelSelect({
  value,
  onChange,
  ...control
}: ControlProps & { value: number; onChange: (level: number) => void }) {
  return (
    <select className="input input--level" value={value} onChange={(e) => onChange(Number(e.target.value))} {...control}>
      {[1, 2, 3, 4, 5].map((l) => (
        <option key={l} value={l}>
          {levelLabel(l)}
        </option>
      ))}
    </select>
  );
}
