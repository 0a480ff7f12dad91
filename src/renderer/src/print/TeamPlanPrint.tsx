import type { PrintRequest } from '../../../shared/domain/print';
import { formatAmount } from '../../../shared/reports/money';
import { paperFor } from '../../../shared/reports/paper';
import {
  blindSpotsText,
  budgetText,
  levelsText,
  methodText,
  percentText,
  PRIORITY_LABELS,
  readinessGainText,
  UNPLACED_REASON_LABELS,
} from '../../../shared/reports/team-plan-text';
import { call } from '../api';
import { formatHours } from '../features/catalog/format';
import { formatDay } from '../features/paths/format';
import { PrintFrame } from './PrintFrame';
import { usePrintData } from './print-data';
import './team-plan-print.css';

type TeamPlanRequest = Extract<PrintRequest, { view: 'team-plan' }>;

/**
 * `#/print/team-plan/<amount>/<currency>/<per>/<priority>/<months>`: the team plan on paper, computed by the same
 * `plans.generateTeam` and worded by the same `team-plan-text.ts` as the Team plan screen, so the figures agree.
 */
export function TeamPlanPrint({ request }: { request: TeamPlanRequest }) {
  const { data, failure } = usePrintData(
    async () => {
      const [plan, settings] = await Promise.all([
        call('plans.generateTeam', {
          budget: { amount: request.amount, currency: request.currency, per: request.per },
          horizonMonths: request.horizonMonths,
          priority: request.priority,
          cohortOffers: request.cohortOffers ?? [],
        }),
        call('settings.get', {}),
      ]);
      return { plan, settings };
    },
    [request.amount, request.currency, request.per, request.priority, request.horizonMonths, JSON.stringify(request.cohortOffers ?? [])],
  );
  const plan = data?.plan ?? null;
  const paper = data ? paperFor(data.settings.paperSize, navigator.language) : null;
  const money = (x: number) => formatAmount(x, request.currency);
  const memberName = new Map(plan?.members.map((m) => [m.memberId, m.name]) ?? []);

  return (
    <PrintFrame title="Team plan" paper={paper} ready={!!plan} failure={failure}>
      {plan && (
        <article className="print-report">
          <header className="print-header">
            <p className="print-kicker">Team plan within a budget</p>
            <h1>{budgetText(plan.budget)}</h1>
            <dl className="print-facts">
              <dt>Date</dt>
              <dd>{formatDay(plan.today)}</dd>
              <dt>Priority</dt>
              <dd>{PRIORITY_LABELS[plan.priority]}</dd>
              <dt>Horizon</dt>
              <dd>
                {formatDay(plan.periods[0]!.start)} to {formatDay(plan.periods.at(-1)!.end)}
              </dd>
              <dt>Readiness gained</dt>
              <dd className="print-strong" data-fact="readiness">
                {readinessGainText(plan)}
              </dd>
              <dt>Spend</dt>
              <dd className="print-strong" data-fact="total">
                {money(plan.totalSpend)}
                {plan.saved > 0 && <> (shared classes saved {money(plan.saved)})</>}
              </dd>
              <dt>Blind spots</dt>
              <dd data-fact="blind-spots">{blindSpotsText(plan)}</dd>
              <dt>Method</dt>
              <dd>{methodText(plan.method)}</dd>
            </dl>
          </header>

          <section aria-labelledby="spend-h" className="print-keep">
            <h2 id="spend-h">Budget per {plan.budget.per}</h2>
            <table className="print-table">
              <thead>
                <tr>
                  <th>{plan.budget.per === 'quarter' ? 'Quarter' : 'Year'}</th>
                  <th className="num">Budget</th>
                  <th className="num">Spend</th>
                  <th className="num">Left</th>
                </tr>
              </thead>
              <tbody>
                {plan.spend.map((s) => (
                  <tr key={s.period}>
                    <td>{s.period}</td>
                    <td className="num">{money(plan.budget.amount)}</td>
                    <td className="num">{money(s.amount)}</td>
                    <td className="num">{money(plan.budget.amount - s.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section aria-labelledby="members-h">
            <h2 id="members-h">Readiness before and after</h2>
            <table className="print-table">
              <thead>
                <tr>
                  <th>Member</th>
                  <th>Target role</th>
                  <th className="num">Now</th>
                  <th className="num">After</th>
                  <th className="num">Hours</th>
                  <th className="num">Cost</th>
                </tr>
              </thead>
              <tbody>
                {plan.members.map((m) => (
                  <tr key={m.memberId}>
                    <td className="print-strong">{m.name}</td>
                    <td>{m.roleName}</td>
                    <td className="num">{percentText(m.readinessBefore)}</td>
                    <td className="num">{percentText(m.readinessAfter)}</td>
                    <td className="num">
                      {formatHours(m.hours)} of {formatHours(m.capacityHours)}
                    </td>
                    <td className="num">{money(m.cost)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section aria-labelledby="when-h">
            <h2 id="when-h">Who does what, when</h2>
            <table className="print-table">
              <thead>
                <tr>
                  <th>{plan.budget.per === 'quarter' ? 'Quarter' : 'Year'}</th>
                  <th>Member</th>
                  <th>Course</th>
                  <th className="num">Hours</th>
                  <th className="num">Cost</th>
                </tr>
              </thead>
              <tbody>
                {plan.members
                  .flatMap((m) => m.courses.map((c) => ({ ...c, member: m.name })))
                  .sort((x, y) => x.period.localeCompare(y.period) || x.member.localeCompare(y.member))
                  .map((c) => (
                    <tr key={`${c.member}-${c.courseId}`}>
                      <td className="team-plan-print__nowrap">{c.period}</td>
                      <td className="team-plan-print__nowrap">{c.member}</td>
                      <td>
                        {c.title}
                        {c.shared && <span className="print-muted"> (shared class)</span>}
                      </td>
                      <td className="num">{formatHours(c.hours)}</td>
                      <td className="num">{c.cost === 0 ? 'Free' : money(c.cost)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>

          {plan.sharedClasses.length > 0 && (
            <section aria-labelledby="shared-h" className="print-keep">
              <h2 id="shared-h">Shared classes</h2>
              <p>
                Shared classes saved {money(plan.saved)} against buying the same seats separately.
              </p>
              <ul className="print-list">
                {plan.sharedClasses.map((s) => (
                  <li key={`${s.period}-${s.courseId}`}>
                    {s.period}: {s.title}, {s.classes === 1 ? 'one class' : `${s.classes} classes`} for {s.memberIds.map((id) => memberName.get(id) ?? id).join(', ')}
                    {s.session && ` (session ${formatDay(s.session.start)} to ${formatDay(s.session.end)})`}: {money(s.cost)}, saves {money(s.saved)}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="left-h">
            <h2 id="left-h">What did not fit, and why</h2>
            {plan.unplaced.length === 0 ? (
              <p>Every gap of every planned member is closed.</p>
            ) : (
              <table className="print-table">
                <thead>
                  <tr>
                    <th>Member</th>
                    <th>Skill</th>
                    <th>Reached</th>
                    <th>Why</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.unplaced.map((u) => (
                    <tr key={`${u.memberId}-${u.skill}`}>
                      <td className="team-plan-print__nowrap">{memberName.get(u.memberId)}</td>
                      <td>{u.skillName}</td>
                      <td className="team-plan-print__nowrap">{levelsText(u.reached, u.required)}</td>
                      <td>{UNPLACED_REASON_LABELS[u.reason]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </article>
      )}
    </PrintFrame>
  );
}
