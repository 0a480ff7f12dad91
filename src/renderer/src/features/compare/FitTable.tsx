import { useMemo } from 'react';
import { gapWeight } from '../../../../shared/planning/gaps';
import type { RequirementFit, RoleFit } from '../../../../shared/planning/readiness';
import { DataTable, type Column } from '../../components/table/DataTable';
import type { TeamModel } from '../team/team-model';
import { importanceText, levelText } from './format';

/** Member against role, one row per required skill; every column sorts. Biggest weighted gaps first by default. */
export function FitTable({ fit, model, caption }: { fit: RoleFit; model: TeamModel; caption: string }) {
  const name = (r: RequirementFit) => model.skillName(r.skillId);
  const category = (r: RequirementFit) => model.categoryName(model.skillById.get(r.skillId)?.category ?? '');
  // Equal rows keep this order whichever column sorts: the most important first, then by name.
  const rows = useMemo(
    () => [...fit.requirements].sort((a, b) => b.importance - a.importance || model.skillName(a.skillId).localeCompare(model.skillName(b.skillId))),
    [fit, model],
  );
  const columns: Column<RequirementFit>[] = [
    { id: 'skill', header: 'Skill', rowHeader: true, className: 'table__primary', sortValue: name, cell: name },
    { id: 'category', header: 'Category', className: 'table__secondary', sortValue: category, cell: category },
    {
      id: 'importance',
      header: 'Importance',
      width: '130px',
      firstDirection: 'desc',
      sortValue: (r) => r.importance,
      cell: (r) => <span className={`importance importance--${r.importance}`}>{importanceText(r.importance)}</span>,
    },
    { id: 'required', header: 'Required', numeric: true, width: '110px', firstDirection: 'desc', sortValue: (r) => r.required, cell: (r) => r.required },
    {
      id: 'level',
      header: 'Current',
      numeric: true,
      width: '150px',
      firstDirection: 'desc',
      sortValue: (r) => r.level ?? -1,
      cell: (r) => (
        <>
          {levelText(r.level)}
          {r.stale && (
            <span className="stale-badge" title="Older than the stale-after setting: re-assess">
              stale
            </span>
          )}
        </>
      ),
    },
    {
      id: 'gap',
      header: 'Gap',
      numeric: true,
      width: '90px',
      firstDirection: 'desc',
      sortValue: (r) => gapWeight(r) * 10 + r.gap,
      cell: (r) => <span className={`gap-chip gap-chip--${Math.min(r.gap, 3)}`}>{r.gap === 0 ? 'Met' : `−${r.gap}`}</span>,
    },
  ];
  return (
    <DataTable
      listId="role-fit"
      label={caption}
      rows={rows}
      columns={columns}
      rowKey={(r) => r.skillId}
      defaultSort={{ column: 'gap', direction: 'desc' }}
      rowProps={(r) => ({ 'data-skill': r.skillId })}
      className="fit-table"
    />
  );
}
