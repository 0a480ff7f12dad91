import { useMemo } from 'react';
import { staleRatings } from '../../../../shared/planning/team-levels';
import { EmptyState } from '../../components/EmptyState';
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
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Skill</th>
            <th scope="col">Level</th>
            <th scope="col">Source</th>
            <th scope="col">Rated on</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.memberId}/${r.skillId}`}>
              <td>
                <a href={routeHref('team', 'member', r.memberId, 'sheet')}>{model.memberName(r.memberId)}</a>
              </td>
              <td>{model.skillName(r.skillId)}</td>
              <td>{levelText(r.level)}</td>
              <td>{SOURCE_LABELS[r.source]}</td>
              <td>{r.ratedOn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
