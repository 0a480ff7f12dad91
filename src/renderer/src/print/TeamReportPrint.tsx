import { useMemo } from 'react';
import { buildHeatmap, skillsOfRoles } from '../../../shared/planning/heatmap';
import { roleCoverage } from '../../../shared/planning/coverage';
import { readinessBand, readinessPercent, roleFit, BAND_LABELS } from '../../../shared/planning/readiness';
import { teamLevels } from '../../../shared/planning/team-levels';
import { rolesInFocus } from '../../../shared/planning/roles-in-focus';
import { distinctTitles, formatMoneyTotal } from '../../../shared/reports/money';
import { paperFor } from '../../../shared/reports/paper';
import { call } from '../api';
import { formatHours } from '../features/catalog/format';
import { formatDay, formatMonth } from '../features/paths/format';
import { HeatmapPrint } from './HeatmapPrint';
import { PrintFrame } from './PrintFrame';
import { usePrintData } from './print-data';

/** `#/print/team/<roleId | all>`: the team's standing, coverage, plans and budget on paper. */
export function TeamReportPrint({ roleId }: { roleId: string | null }) {
  const { data, failure } = usePrintData(
    async () => {
      const [snapshot, paths] = await Promise.all([call('team.snapshot', {}), call('plans.team', {})]);
      return { snapshot, paths };
    },
    [],
  );

  const view = useMemo(() => {
    if (!data) return null;
    const { snapshot, paths } = data;
    const levels = teamLevels(snapshot.ratings, snapshot.today, snapshot.settings.staleAfterMonths);
    const empty = new Map();
    const roleById = new Map(snapshot.roles.map((r) => [r.id, r]));
    const chosen = roleId ? roleById.get(roleId) ?? null : null;
    const members = [...snapshot.members].sort((a, b) => a.name.localeCompare(b.name));
    // As on the screens: the roles someone targets (imported framework roles and archived ones left out).
    const focus = rolesInFocus(snapshot.roles, snapshot.members, false).shown;
    const skillIds = chosen
      ? snapshot.skills.map((s) => s.id).filter((id) => chosen.requirements.some((q) => q.skill === id))
      : skillsOfRoles(focus, snapshot.skills.map((s) => s.id));
    const map = buildHeatmap(
      skillIds,
      members.map((m) => ({
        memberId: m.id,
        levels: levels.get(m.id) ?? empty,
        role: chosen ?? (m.targetRoleId ? roleById.get(m.targetRoleId) ?? null : null),
      })),
    );
    const coverage = roleCoverage(
      focus,
      members.map((m) => ({ id: m.id, levels: levels.get(m.id) ?? empty })),
      snapshot.settings,
    );
    const planByMember = new Map(paths.members.map((p) => [p.memberId, p]));
    const rows = members.map((m) => {
      const role = m.targetRoleId ? roleById.get(m.targetRoleId) : undefined;
      const readiness = role ? roleFit(role.requirements, levels.get(m.id) ?? empty).readiness : null;
      const plan = planByMember.get(m.id);
      return { member: m, role, readiness, band: readinessBand(readiness, snapshot.settings), plan };
    });
    const totalHours = paths.months.reduce((s, m) => s + m.hours, 0);
    // Per currency, unknown prices apart (src/shared/reports/money.ts), as on every screen.
    const budget = formatMoneyTotal(paths.money, { empty: 'Free' });
    const unpriced = distinctTitles(paths.money.unpricedTitles);
    const assumed = distinctTitles(paths.money.assumedTitles);
    return { snapshot, paths, chosen, members, map, coverage, rows, totalHours, budget, unpriced, assumed, roleMissing: !!roleId && !chosen };
  }, [data, roleId]);

  const paper = data ? paperFor(data.snapshot.settings.paperSize, navigator.language) : null;
  const skillName = (id: string) => data?.snapshot.skills.find((s) => s.id === id)?.name ?? id;
  const memberName = (id: string) => data?.snapshot.members.find((m) => m.id === id)?.name ?? id;
  const failureText = failure ?? (view?.roleMissing ? `The role “${roleId}” no longer exists. Choose another role in Reports.` : null);

  return (
    <PrintFrame title="Team report" paper={paper} ready={!!view} failure={failureText}>
      {view && (
        <article className="print-report">
          <header className="print-header">
            <p className="print-kicker">Team report</p>
            <h1>{view.chosen ? `Team against ${view.chosen.name}` : 'Team against every role'}</h1>
            <dl className="print-facts">
              <dt>Date</dt>
              <dd>{formatDay(view.snapshot.today)}</dd>
              <dt>Members</dt>
              <dd>{view.members.length}</dd>
              <dt>Planned learning</dt>
              <dd>{formatHours(view.totalHours)}</dd>
              <dt>Total budget</dt>
              <dd className="print-strong" data-testid="team-budget">
                {view.budget}
              </dd>
              {view.unpriced.length > 0 && (
                <>
                  <dt>Without a published price</dt>
                  <dd>{view.unpriced.join('; ')} (not in the budget)</dd>
                </>
              )}
              {view.assumed.length > 0 && (
                <>
                  <dt>At an assumed price</dt>
                  <dd>{view.assumed.join('; ')}</dd>
                </>
              )}
            </dl>
          </header>

          <section aria-labelledby="members-h">
            <h2 id="members-h">Members’ readiness and planned finish</h2>
            {view.rows.length === 0 ? (
              <p>The team has no members yet.</p>
            ) : (
              <table className="print-table">
                <thead>
                  <tr>
                    <th>Member</th>
                    <th>Target role</th>
                    <th className="num">Readiness</th>
                    <th>Standing</th>
                    <th className="num">Plan hours</th>
                    <th>Planned finish</th>
                  </tr>
                </thead>
                <tbody>
                  {view.rows.map((r) => (
                    <tr key={r.member.id}>
                      <td>
                        <div className="print-strong">{r.member.name}</div>
                        <div className="print-muted">{r.member.title}</div>
                      </td>
                      <td>{r.role?.name ?? 'None'}</td>
                      <td className="num">{r.readiness === null ? '—' : `${readinessPercent(r.readiness)} %`}</td>
                      <td>{BAND_LABELS[r.band]}</td>
                      <td className="num">{r.plan?.totals ? formatHours(r.plan.totals.totalHours) : '—'}</td>
                      <td>{r.plan?.totals?.finishDate ? formatDay(r.plan.totals.finishDate) : 'No plan'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section aria-labelledby="coverage-h">
            <h2 id="coverage-h">Role coverage and blind spots</h2>
            <table className="print-table">
              <thead>
                <tr>
                  <th>Role</th>
                  <th className="num">Ready</th>
                  <th className="num">Nearly ready</th>
                  <th>Blind spots (nobody at the required level)</th>
                </tr>
              </thead>
              <tbody>
                {view.coverage.map((c) => (
                  <tr key={c.roleId}>
                    <td className="print-strong">{c.roleName}</td>
                    <td className="num">{c.measured ? c.ready.length : '—'}</td>
                    <td className="num">{c.measured ? c.nearlyReady.length : '—'}</td>
                    <td>
                      {c.blindSpots.length === 0
                        ? 'None'
                        : c.blindSpots.map((b) => `${skillName(b.skillId)} (${b.required})`).join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section aria-labelledby="budget-h" className="print-keep">
            <h2 id="budget-h">Hours and cost by quarter and month</h2>
            {view.paths.months.length === 0 ? (
              <p>No plan has scheduled courses yet.</p>
            ) : (
              <div className="print-columns">
                <table className="print-table">
                  <thead>
                    <tr>
                      <th>Quarter</th>
                      <th className="num">Hours</th>
                      <th className="num">Cost</th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.paths.quarters.map((q) => (
                      <tr key={q.quarter}>
                        <td>{q.quarter.replace('-', ' ')}</td>
                        <td className="num">{formatHours(q.hours)}</td>
                        <td className="num">{formatMoneyTotal(q.money, { short: true })}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th>Total</th>
                      <td className="num">{formatHours(view.totalHours)}</td>
                      <td className="num">{formatMoneyTotal(view.paths.money, { empty: 'Free', short: true })}</td>
                    </tr>
                  </tfoot>
                </table>
                <table className="print-table">
                  <thead>
                    <tr>
                      <th>Month</th>
                      <th className="num">Hours</th>
                      <th className="num">Cost</th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.paths.months.map((m) => (
                      <tr key={m.month}>
                        <td>{formatMonth(m.month)}</td>
                        <td className="num">{formatHours(m.hours)}</td>
                        <td className="num">{formatMoneyTotal(m.money, { short: true })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          {view.map.memberIds.length > 0 && view.map.skillIds.length > 0 && (
            <HeatmapPrint
              map={view.map}
              memberName={memberName}
              skillName={skillName}
              title={view.chosen ? `Heatmap: ${view.chosen.name}` : 'Heatmap: every role’s skills (each member against their target role)'}
            />
          )}
        </article>
      )}
    </PrintFrame>
  );
}
