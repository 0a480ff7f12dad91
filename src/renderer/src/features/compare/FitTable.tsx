import { useMemo, useState } from 'react';
import { gapWeight } from '../../../../shared/planning/gaps';
import type { RequirementFit, RoleFit } from '../../../../shared/planning/readiness';
import type { TeamModel } from '../team/team-model';
import { importanceText, levelText } from './format';
import { nextSort, SortHeader, type Direction } from './SortHeader';

type Key = 'skill' | 'category' | 'importance' | 'required' | 'level' | 'gap';
const NATURAL: Record<Key, Direction> = { skill: 'asc', category: 'asc', importance: 'desc', required: 'desc', level: 'desc', gap: 'desc' };
const LABELS: Record<Key, string> = { skill: 'Skill', category: 'Category', importance: 'Importance', required: 'Required', level: 'Current', gap: 'Gap' };

/** Member against role, one row per required skill; every column sorts. Biggest weighted gaps first by default. */
export function FitTable({ fit, model, caption }: { fit: RoleFit; model: TeamModel; caption: string }) {
  const [sort, setSort] = useState<{ key: Key; direction: Direction }>({ key: 'gap', direction: 'desc' });

  const rows = useMemo(() => {
    const name = (r: RequirementFit) => model.skillName(r.skillId);
    const category = (r: RequirementFit) => model.categoryName(model.skillById.get(r.skillId)?.category ?? '');
    const key: Record<Key, (r: RequirementFit) => number | string> = {
      skill: name,
      category,
      importance: (r) => r.importance,
      required: (r) => r.required,
      level: (r) => r.level ?? -1,
      gap: (r) => gapWeight(r) * 10 + r.gap,
    };
    const sign = sort.direction === 'asc' ? 1 : -1;
    return [...fit.requirements].sort((a, b) => {
      const ka = key[sort.key](a);
      const kb = key[sort.key](b);
      const primary = typeof ka === 'string' ? ka.localeCompare(kb as string) : ka - (kb as number);
      return sign * primary || b.importance - a.importance || name(a).localeCompare(name(b));
    });
  }, [fit, model, sort]);

  return (
    <table className="table fit-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {(Object.keys(LABELS) as Key[]).map((k) => (
            <SortHeader
              key={k}
              active={sort.key === k}
              direction={sort.direction}
              numeric={k === 'required' || k === 'level' || k === 'gap'}
              onSort={() => setSort(nextSort(sort, k, NATURAL[k]))}
            >
              {LABELS[k]}
            </SortHeader>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.skillId} data-skill={r.skillId}>
            <td className="table__primary">{model.skillName(r.skillId)}</td>
            <td className="table__secondary">{model.categoryName(model.skillById.get(r.skillId)?.category ?? '')}</td>
            <td>
              <span className={`importance importance--${r.importance}`}>{importanceText(r.importance)}</span>
            </td>
            <td className="table__num">{r.required}</td>
            <td className="table__num">
              {levelText(r.level)}
              {r.stale && (
                <span className="stale-badge" title="Older than the stale-after setting: re-assess">
                  stale
                </span>
              )}
            </td>
            <td className="table__num">
              <span className={`gap-chip gap-chip--${Math.min(r.gap, 3)}`}>{r.gap === 0 ? 'Met' : `−${r.gap}`}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
