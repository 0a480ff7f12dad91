import type { TeamPlanResult } from '../../../../shared/api/operations/team-budget';
import { formatAmount } from '../../../../shared/reports/money';
import { levelsText, methodText, percentText, UNPLACED_REASON_LABELS, UNPLACED_REASON_SHORT } from '../../../../shared/reports/team-plan-text';
import { formatHours } from '../catalog/format';

/** Who does what when, readiness before and after, shared classes, and what did not fit and why. */
export function TeamPlanDetails({ plan, name }: { plan: TeamPlanResult; name: string }) {
  const memberName = new Map(plan.members.map((m) => [m.memberId, m.name]));
  const money = (x: number) => formatAmount(x, plan.budget.currency);
  return (
    <section className="panel team-plan__details" aria-labelledby="team-plan-details-h">
      <h2 id="team-plan-details-h" className="panel__title">
        Scenario {name}: who does what, when
      </h2>
      <p className="hint">Method: {methodText(plan.method)}.</p>
      <table className="table" aria-label="Members">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Target role</th>
            <th scope="col" className="table__num">
              Readiness now → after
            </th>
            <th scope="col" className="table__num">
              Hours (of available)
            </th>
            <th scope="col" className="table__num">
              Cost
            </th>
            <th scope="col">Courses by {plan.budget.per}</th>
          </tr>
        </thead>
        <tbody>
          {plan.members.map((m) => (
            <tr key={m.memberId} data-member={m.memberId}>
              <th scope="row" className="table__primary">
                {m.name}
              </th>
              <td>{m.roleName}</td>
              <td className="table__num" data-cell="readiness">
                {percentText(m.readinessBefore)} → {percentText(m.readinessAfter)}
              </td>
              <td className="table__num">
                {formatHours(m.hours)} of {formatHours(m.capacityHours)}
              </td>
              <td className="table__num" data-cell="cost">
                {money(m.cost)}
              </td>
              <td>
                {m.courses.length === 0 ? (
                  <span className="hint">Nothing bought</span>
                ) : (
                  <ul className="team-plan__courses">
                    {m.courses.map((c) => (
                      <li key={c.courseId}>
                        <span className="team-plan__period">{c.period}</span> {c.title} · {c.cost === 0 ? 'Free' : money(c.cost)}
                        {c.shared && ' · shared class'}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {plan.sharedClasses.length > 0 && (
        <>
          <h3 className="team-plan__subhead">Shared classes</h3>
          <ul className="bullets">
            {plan.sharedClasses.map((s) => (
              <li key={`${s.period}-${s.courseId}`}>
                {s.period}: {s.title} for {s.memberIds.map((id) => memberName.get(id) ?? id).join(', ')} ({s.classes} class
                {s.classes === 1 ? '' : 'es'}, {money(s.cost)}; saves {money(s.saved)})
                {s.session && ` · session ${s.session.start} to ${s.session.end}`}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3 className="team-plan__subhead">What did not fit, and why</h3>
      {plan.unplaced.length === 0 ? (
        <p className="hint">Every gap of every planned member is closed.</p>
      ) : (
        <table className="table" aria-label="Gaps left">
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Skill</th>
              <th scope="col">Reached</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {plan.unplaced.map((u) => (
              <tr key={`${u.memberId}-${u.skill}`}>
                <td>{memberName.get(u.memberId)}</td>
                <td>{u.skillName}</td>
                <td>{levelsText(u.reached, u.required)}</td>
                <td title={UNPLACED_REASON_LABELS[u.reason]}>{UNPLACED_REASON_SHORT[u.reason]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
