import { useMemo, useState } from 'react';
import { roleCoverage } from '../../../../shared/planning/coverage';
import { rolesInFocus } from '../../../../shared/planning/roles-in-focus';
import type { TeamModel } from '../team/team-model';
import { importanceText, percent } from './format';
import { RoleFocusToggle } from '../../components/RoleFocusToggle';

/** Per role: who is ready, nearly ready, not ready; and the required skills nobody has (blind spots). */
export function RoleCoverageView({ model }: { model: TeamModel }) {
  const [showAll, setShowAll] = useState(false);
  const focus = useMemo(() => rolesInFocus(model.roles, model.members, showAll), [model, showAll]);
  const coverage = useMemo(
    () => roleCoverage(focus.shown, model.members.map((m) => ({ id: m.id, levels: model.levelsOf(m.id) })), model.thresholds),
    [model, focus],
  );
  const names = (ids: string[]) => ids.map(model.memberName).join(', ');
  return (
    <>
      <p className="hint coverage__hint">
        Everyone on the team is measured against every role: ready at {percent(model.thresholds.readyAt)} readiness or
        more, nearly ready at {percent(model.thresholds.nearlyReadyAt)} (change these in Settings). A blind spot is a
        required skill nobody has at the required level.
      </p>
      <RoleFocusToggle hidden={focus.hidden} showAll={showAll} onChange={setShowAll} />
      {model.members.length === 0 && (
        <p className="hint">The team is empty, so every required skill is a blind spot. Add people in Team to see who covers what.</p>
      )}
      <ul className="coverage" aria-label="Role coverage">
        {coverage.map((c) => (
          <li key={c.roleId} className="card coverage__card" data-role={c.roleId}>
            <h3 className="card__title">{c.roleName}</h3>
            {!c.measured ? (
              <p className="card__summary">This role has no required skills, so nobody can be measured against it.</p>
            ) : (
              <>
                <dl className="coverage__counts">
                  <div className="coverage__count coverage__count--ready">
                    <dt>Ready</dt>
                    <dd data-testid="ready-count">{c.ready.length}</dd>
                  </div>
                  <div className="coverage__count coverage__count--nearly-ready">
                    <dt>Nearly ready</dt>
                    <dd data-testid="nearly-ready-count">{c.nearlyReady.length}</dd>
                  </div>
                  <div className="coverage__count coverage__count--not-ready">
                    <dt>Not ready</dt>
                    <dd>{c.notReady.length}</dd>
                  </div>
                </dl>
                {c.ready.length > 0 && <p className="coverage__who">Ready: {names(c.ready)}</p>}
                {c.nearlyReady.length > 0 && <p className="coverage__who">Nearly ready: {names(c.nearlyReady)}</p>}
                <h4 className="card__subhead">
                  {c.blindSpots.length === 0 ? 'No blind spots' : `Blind spots (${c.blindSpots.length})`}
                </h4>
                {c.blindSpots.length === 0 ? (
                  <p className="coverage__none">Someone on the team has every required skill at the required level.</p>
                ) : (
                  <ul className="coverage__spots">
                    {c.blindSpots.map((b) => (
                      <li key={b.skillId}>
                        <span className="table__primary">{model.skillName(b.skillId)}</span>{' '}
                        <span className="table__secondary">
                          needs {b.required} · {importanceText(b.importance)} ·{' '}
                          {b.closest
                            ? `closest: ${model.memberName(b.closest.memberId)} at ${b.closest.level}`
                            : 'nobody rated'}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
