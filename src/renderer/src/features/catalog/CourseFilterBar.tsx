import { useId } from 'react';
import type { OperationOutput } from '../../../../shared/api/contract';
import { COURSE_FORMATS, COURSE_KINDS, COURSE_LEVELS } from '../../../../shared/domain/catalog';
import type { CourseFilters } from '../../../../shared/domain/catalog-filters';
import type { CourseFacets } from '../../store/catalog';
import { FilterSelect, wordOptions } from './FilterSelect';
import { SkillSelect } from './SkillSelect';

type Skills = OperationOutput<'skills.list'>;

/** A cost bound as typed: empty is “no bound”. */
const bound = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** The course list's filters: provider, kind, format, level, a skill taught, and a cost range. */
export function CourseFilterBar({
  filters,
  onChange,
  facets,
  skills,
  costError,
}: {
  filters: CourseFilters;
  onChange: (next: CourseFilters) => void;
  facets: CourseFacets | null;
  skills: Skills;
  costError: string | null;
}) {
  const id = useId();
  const set = (patch: Partial<CourseFilters>) => onChange({ ...filters, ...patch });
  const freeOnly = filters.costMax === 0 && !filters.costMin;
  return (
    <div className="filter-bar" role="group" aria-label="Course filters">
      <FilterSelect
        label="Provider"
        anyLabel="All providers"
        value={filters.provider}
        onChange={(provider) => set({ provider })}
        options={facets?.providers.map((p) => ({ value: p.name, label: `${p.name} (${p.count})` })) ?? []}
      />
      <FilterSelect label="Kind" anyLabel="Any kind" value={filters.kind} onChange={(kind) => set({ kind })} options={wordOptions(COURSE_KINDS)} />
      <FilterSelect label="Format" anyLabel="Any format" value={filters.format} onChange={(format) => set({ format })} options={wordOptions(COURSE_FORMATS)} />
      <FilterSelect label="Level" anyLabel="Any level" value={filters.level} onChange={(level) => set({ level })} options={wordOptions(COURSE_LEVELS)} />
      <SkillSelect
        aria-label="Skill taught"
        placeholder="Any skill taught"
        skills={skills}
        value={filters.skill ?? ''}
        onChange={(skill) => set({ skill: skill || undefined })}
      />
      <span className="filter-bar__cost">
        <label htmlFor={`${id}-min`}>Cost from</label>
        <input
          id={`${id}-min`}
          className="input input--number"
          type="number"
          min={0}
          inputMode="decimal"
          value={filters.costMin ?? ''}
          aria-invalid={Boolean(costError)}
          aria-describedby={costError ? `${id}-cost-error` : undefined}
          onChange={(e) => set({ costMin: bound(e.target.value) })}
        />
        <label htmlFor={`${id}-max`}>to</label>
        <input
          id={`${id}-max`}
          className="input input--number"
          type="number"
          min={0}
          inputMode="decimal"
          value={filters.costMax ?? ''}
          aria-invalid={Boolean(costError)}
          aria-describedby={costError ? `${id}-cost-error` : undefined}
          onChange={(e) => set({ costMax: bound(e.target.value) })}
        />
      </span>
      <label className="checkbox">
        <input type="checkbox" checked={freeOnly} onChange={(e) => set(e.target.checked ? { costMin: undefined, costMax: 0 } : { costMax: undefined })} />
        Free only
      </label>
      {costError && (
        <span id={`${id}-cost-error`} className="field__error filter-bar__error" role="alert">
          {costError}
        </span>
      )}
    </div>
  );
}
