import type { TeamPlanResult } from '../../../../shared/api/operations/team-budget';
import { formatAmount } from '../../../../shared/reports/money';
import { levelsText, methodText, percentText, UNPLACED_REASON_LABELS, UNPLACED_REASON_SHORT } from '../../../../shared/reports/team-plan-text';
import { plural } from '../../components/plural';
import { DataTable, type Column } from '../../components/table/DataTable';
import { formatHours } from '../catalog/format';

type PlannedMember = TeamPlanResult['members'][number];
type GapLeft = TeamPlanResult['unplaced'][number];

function memberColumns(per: string, money: (x: number) => string): Column<PlannedMember>[] {
  return [
    { id: 'member', header: 'Member', rowHeader: true, width: '14%', className: 'table__primary', sortValue: (m) => m.name, cell: (m) => m.name },
    { id: 'role', header: 'Target role', width: '15%', sortValue: (m) => m.roleName, cell: (m) => m.roleName },
    {
      id: 'readiness',
      header: 'Readiness now → after',
      numeric: true,
      firstDirection: 'desc',
      sortValue: (m) => m.readinessAfter,
      cell: (m) => (
        <span data-cell="readiness">
          {percentText(m.readinessBefore)} → {percentText(m.readinessAfter)}
        </span>
      ),
    },
    {
      id: 'hours',
      header: 'Hours (of available)',
      numeric: true,
      firstDirection: 'desc',
      sortValue: (m) => m.hours,
      cell: (m) => `${formatHours(m.hours)} of ${formatHours(m.capacityHours)}`,
    },
    { id: 'cost', header: 'Cost', numeric: true, width: '120px', firstDirection: 'desc', sortValue: (m) => m.cost, cell: (m) => <span data-cell="cost">{money(m.cost)}</span> },
    {
      id: 'courses',
      header: `Courses by ${per}`,
      width: '34%',
      sortValue: (m) => m.courses.length,
      firstDirection: 'desc',
      cell: (m) =>
        m.courses.length === 0 ? (
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
        ),
    },
  ];
}

function gapColumns(memberName: (id: string) => string): Column<GapLeft>[] {
  return [
    { id: 'member', header: 'Member', sortValue: (u) => memberName(u.memberId), cell: (u) => memberName(u.memberId) },
    { id: 'skill', header: 'Skill', rowHeader: true, sortValue: (u) => u.skillName, cell: (u) => u.skillName },
    // Sorted by how far short the level stays.
    { id: 'reached', header: 'Reached', sortValue: (u) => u.reached - u.required, cell: (u) => levelsText(u.reached, u.required) },
    { id: 'why', header: 'Why', sortValue: (u) => UNPLACED_REASON_SHORT[u.reason], cell: (u) => <span title={UNPLACED_REASON_LABELS[u.reason]}>{UNPLACED_REASON_SHORT[u.reason]}</span> },
  ];
}

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
      <DataTable
        listId="team-plan-members"
        label="Members"
        rows={plan.members}
        columns={memberColumns(plan.budget.per, money)}
        rowKey={(m) => m.memberId}
        defaultSort={{ column: 'member', direction: 'asc' }}
        rowProps={(m) => ({ 'data-member': m.memberId })}
      />

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
        <DataTable
          listId="team-plan-gaps-left"
          label="Gaps left"
          rows={plan.unplaced}
          columns={gapColumns((id) => memberName.get(id) ?? id)}
          rowKey={(u) => `${u.memberId}-${u.skill}`}
          defaultSort={{ column: 'member', direction: 'asc' }}
          search={plan.unplaced.length > 10 ? { label: 'Search gaps left', text: (u) => [memberName.get(u.memberId), u.skillName, UNPLACED_REASON_SHORT[u.reason]] } : undefined}
          count={(shown, total) => `${shown} of ${plural(total, 'gap')}`}
        />
      )}
    </section>
  );
}
