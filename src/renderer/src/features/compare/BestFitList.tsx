import { useMemo } from 'react';
import { rankRoles } from '../../../../shared/planning/role-fit';
import type { TeamModel } from '../team/team-model';
import { importanceText, levelText } from './format';
import { ReadinessBadge } from './ReadinessBadge';

/** Every role (archived ones aside) ranked by the member's readiness (“best fit”), each with its three biggest gaps. */
export function BestFitList({ model, memberId }: { model: TeamModel; memberId: string }) {
  const member = model.memberById.get(memberId);
  const levels = model.levelsOf(memberId);
  const ranking = useMemo(
    () => rankRoles(model.roles.filter((r) => !r.archived), levels, model.thresholds, model.skillName),
    [model, levels],
  );
  if (!member) return null;
  return (
    <ol className="fit-list" aria-label={`Roles ranked by ${member.name}’s readiness`}>
      {ranking.map((r, i) => (
        <li key={r.roleId} className="fit-list__item" data-role={r.roleId}>
          <span className="fit-list__rank" aria-hidden="true">
            {i + 1}
          </span>
          <div className="fit-list__main">
            <div className="fit-list__head">
              <h3 className="fit-list__role">{r.roleName}</h3>
              {member.targetRoleId === r.roleId && <span className="badge">Target role</span>}
              {member.currentRoleId === r.roleId && <span className="badge badge--quiet">Current role</span>}
              <ReadinessBadge readiness={r.fit.readiness} thresholds={model.thresholds} />
            </div>
            <div className="fit-list__bar" aria-hidden="true">
              <span className={`fit-list__fill fit-list__fill--${r.band}`} style={{ width: `${(r.fit.readiness ?? 0) * 100}%` }} />
            </div>
            {r.fit.readiness === null ? (
              <p className="fit-list__gaps">This role has no required skills.</p>
            ) : r.topGaps.length === 0 ? (
              <p className="fit-list__gaps">Every required level is met.</p>
            ) : (
              <ul className="fit-list__gaps" aria-label={`Top gaps for ${r.roleName}`}>
                {r.topGaps.map((g) => (
                  <li key={g.skillId}>
                    <strong>{model.skillName(g.skillId)}</strong>{' '}
                    <span className="fit-list__gap-detail">
                      {levelText(g.level)} → {g.required} needed · {importanceText(g.importance)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <p className="fit-list__meta">
              {r.fit.metCount} of {r.fit.requirements.length} requirements met · {r.fit.levelsShort} levels short
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
