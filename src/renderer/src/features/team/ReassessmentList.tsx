import { useMemo } from 'react';
import { staleRatings, type StaleRating } from '../../../../shared/planning/team-levels';
import { EmptyState } from '../../components/EmptyState';
import { plural } from '../../components/plural';
import { DataTable, type Column } from '../../components/table/DataTable';
import { routeHref } from '../../router';
import { levelText, SOURCE_LABELS } from '../compare/format';
import type { TeamModel } from './team-model';

/** Effective ratings older than the stale-after setting: what to re-assess, oldest first. */
export function ReassessmentList({ model }: { model: TeamModel }) {
  const months = model.snapshot.settings.staleAfterMonths;
  const rows = useMemo(() => {
    const levels = new Map(model.members.map((m) => [m.id, model.levelsOf(m.id)]));
    return staleRatings(levels);
  }, [model]);
  const columns: Column<StaleRating>[] = [
    {
      id: 'member',
      header: 'Member',
      rowHeader: true,
      sortValue: (r) => model.memberName(r.memberId),
      cell: (r) => <a href={routeHref('team', 'member', r.memberId, 'sheet')}>{model.memberName(r.memberId)}</a>,
    },
    { id: 'skill', header: 'Skill', sortValue: (r) => model.skillName(r.skillId), cell: (r) => model.skillName(r.skillId) },
    { id: 'level', header: 'Level', width: '150px', firstDirection: 'desc', sortValue: (r) => r.level, cell: (r) => levelText(r.level) },
    { id: 'source', header: 'Source', width: '130px', sortValue: (r) => SOURCE_LABELS[r.source], cell: (r) => SOURCE_LABELS[r.source] },
    { id: 'ratedOn', header: 'Rated on', width: '130px', sortValue: (r) => r.ratedOn, cell: (r) => r.ratedOn },
  ];
  if (rows.length === 0) {
    return (
      <EmptyState title="Nothing to re-assess">
        <p>
          Every rating in use is from the last {months} months. Ratings older than that appear here (change the period in{' '}
          <a href={routeHref('settings')}>Settings</a>).
        </p>
      </EmptyState>
    );
  }
  return (
    <section aria-label="Ratings to re-assess">
      <p className="hint reassess__hint">
        These ratings are older than {months} months and still decide the member’s level. Re-rate them on the member’s skill sheet.
      </p>
      <DataTable
        listId="reassessments"
        label="Ratings to re-assess"
        rows={rows}
        columns={columns}
        rowKey={(r) => `${r.memberId}/${r.skillId}`}
        defaultSort={{ column: 'ratedOn', direction: 'asc' }}
        search={{ label: 'Search ratings to re-assess', text: (r) => [model.memberName(r.memberId), model.skillName(r.skillId), SOURCE_LABELS[r.source]] }}
        count={(shown, total) => `${shown} of ${plural(total, 'rating')}`}
      />
    </section>
  );
}
