import { BAND_LABELS } from '../../../../shared/planning/readiness';
import type { PeriodUse, TeamOverview } from '../../../../shared/overview/overview';
import { distinctTitles } from '../../../../shared/reports/money';
import { DataTable, type Column } from '../../components/table/DataTable';
import { routeHref } from '../../router';
import { changeText, dateText, hoursText, moneyText, percent, shareText } from './format';
import { Trend } from './Trend';

const planHref = (memberId: string, planId: string | null) => (planId ? routeHref('paths', memberId, planId) : routeHref('paths', memberId));

const READINESS_COLUMNS: Column<TeamOverview['readiness'][number]>[] = [
  {
    id: 'member',
    header: 'Member',
    rowHeader: true,
    className: 'table__primary',
    sortValue: (r) => r.name,
    cell: (r) => <a href={routeHref('team', 'member', r.memberId)}>{r.name}</a>,
  },
  { id: 'role', header: 'Target role', sortValue: (r) => r.roleName, cell: (r) => <a href={routeHref('compare')}>{r.roleName}</a> },
  {
    id: 'readiness',
    header: 'Readiness',
    numeric: true,
    firstDirection: 'desc',
    sortValue: (r) => r.readiness,
    cell: (r) => (
      <>
        <span className={`overview__readiness overview__readiness--${r.band}`} data-testid="readiness">
          {percent(r.readiness)}
        </span>{' '}
        <span className="table__secondary">{BAND_LABELS[r.band]}</span>
      </>
    ),
  },
  { id: 'trend', header: 'Last 6 months', cell: (r) => <Trend points={r.trend} /> },
  {
    id: 'change',
    header: 'Change',
    firstDirection: 'desc',
    sortValue: (r) => r.change,
    cell: (r) => <span data-testid="change">{changeText(r.trend[0]?.readiness ?? null, r.readiness)}</span>,
  },
];

export function ReadinessPanel({ rows }: { rows: TeamOverview['readiness'] }) {
  return (
    <section className="panel overview__panel overview__panel--wide" aria-labelledby="ov-readiness">
      <h2 id="ov-readiness" className="panel__title">
        Readiness for target roles
      </h2>
      {rows.length === 0 ? (
        <p className="hint">
          Nobody has a target role yet. <a href={routeHref('team')}>Pick one on a member&rsquo;s page.</a>
        </p>
      ) : (
        <div data-testid="overview-readiness">
          <DataTable
            listId="overview-readiness"
            label="Readiness for target roles"
            rows={rows}
            columns={READINESS_COLUMNS}
            rowKey={(r) => r.memberId}
            defaultSort={{ column: 'member', direction: 'asc' }}
            rowProps={(r) => ({ 'data-member': r.memberId })}
            className="overview__table"
          />
        </div>
      )}
    </section>
  );
}

const STATE_LABELS = { behind: 'Behind', 'no-plan': 'No plan yet', 'on-track': 'On track', finished: 'Finished' } as const;

export function PlansPanel({ rows }: { rows: TeamOverview['plans'] }) {
  const behind = rows.filter((r) => r.state === 'behind').length;
  return (
    <section className="panel overview__panel" aria-labelledby="ov-plans">
      <h2 id="ov-plans" className="panel__title">
        Plans <span className="overview__count">{behind === 0 ? 'none behind' : `${behind} behind`}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="hint">No plans yet.</p>
      ) : (
        <ul className="overview__list" data-testid="overview-plans">
          {rows.map((r) => (
            <li key={r.memberId} data-member={r.memberId} data-state={r.state}>
              <a href={planHref(r.memberId, r.planId)}>{r.name}</a>{' '}
              <span className={`overview__state overview__state--${r.state}`}>{STATE_LABELS[r.state]}</span>
              {r.state === 'no-plan' && <span className="table__secondary"> · generate one from their gaps</span>}
              {r.state !== 'no-plan' && r.finishDate && r.state !== 'finished' && (
                <span className="table__secondary"> · ends {dateText(r.finishDate)}</span>
              )}
              {r.late.length > 0 && (
                <ul className="overview__late">
                  {r.late.map((l) => (
                    <li key={l.nodeId}>
                      {l.title}: {l.reason === 'overdue' ? `was due ${dateText(l.date)}` : `should have started ${dateText(l.date)}`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Meter({ share, over, label }: { share: number | null; over: boolean; label: string }) {
  if (share === null && !over) return null;
  const width = Math.min(100, Math.round((share ?? 1) * 100));
  return (
    <span className={`overview__meter${over ? ' overview__meter--over' : ''}`} role="img" aria-label={label}>
      <span style={{ width: `${width}%` }} />
    </span>
  );
}

function PeriodRow({ period, name }: { period: PeriodUse; name: string }) {
  const b = period.budget;
  const spentLabel = b.amount === null ? 'no budget set' : `${shareText(b.spentShare)} of ${moneyText(b.amount, b.currency)}${b.overSpend ? ', over budget' : ''}`;
  const hoursLabel = b.hours === null ? 'no hours budget set' : `${shareText(b.hoursShare)} of ${hoursText(b.hours)}${b.overHours ? ', over budget' : ''}`;
  const unpriced = distinctTitles(b.unpricedTitles, 'plans');
  return (
    <div className="overview__period" data-testid={`budget-${name}`}>
      <h3 className="card__subhead">
        {name === 'quarter' ? 'This quarter' : 'This year'} ({period.label})
      </h3>
      <dl className="facts">
        <dt>Hours planned</dt>
        <dd>
          <span data-testid="hours">{hoursText(period.hours)}</span> <span className="table__secondary">({hoursLabel})</span>
          <Meter share={b.hoursShare} over={b.overHours} label={`Hours: ${hoursLabel}`} />
        </dd>
        <dt>Spend planned</dt>
        <dd>
          <span data-testid="spend">{moneyText(b.spent, b.currency)}</span> <span className="table__secondary">({spentLabel})</span>
          <Meter share={b.spentShare} over={b.overSpend} label={`Spend: ${spentLabel}`} />
          {b.otherCurrencies.map((a) => (
            <div key={a.currency ?? '-'} className="table__secondary">
              + {moneyText(a.amount, a.currency)} in another currency (not measured against the budget)
            </div>
          ))}
          {b.assumed.map((a) => (
            <div key={`assumed-${a.currency ?? '-'}`} className="table__secondary">
              + {moneyText(a.amount, a.currency)} at assumed prices
            </div>
          ))}
        </dd>
      </dl>
      {unpriced.length > 0 && (
        <p className="overview__unpriced" data-testid="unpriced">
          Without a published price, so not counted: {unpriced.join('; ')}
        </p>
      )}
    </div>
  );
}

export function BudgetPanel({ quarter, year }: Pick<TeamOverview, 'quarter' | 'year'>) {
  return (
    <section className="panel overview__panel" aria-labelledby="ov-budget">
      <h2 id="ov-budget" className="panel__title">
        Hours and spend
      </h2>
      <PeriodRow period={quarter} name="quarter" />
      <PeriodRow period={year} name="year" />
      <p className="hint">
        Courses count in the month they start. <a href={routeHref('settings')}>Set the budget in Settings</a> ·{' '}
        <a href={routeHref('paths', 'timeline')}>See the team timeline</a>
      </p>
    </section>
  );
}

export function StalePanel({ rows, months }: { rows: TeamOverview['stale']; months: number }) {
  const total = rows.reduce((n, r) => n + r.count, 0);
  return (
    <section className="panel overview__panel" aria-labelledby="ov-stale">
      <h2 id="ov-stale" className="panel__title">
        Ratings to re-assess <span className="overview__count">{total}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="hint">No rating is older than {months} months.</p>
      ) : (
        <>
          <ul className="overview__list" data-testid="overview-stale">
            {rows.map((r) => (
              <li key={r.memberId} data-member={r.memberId}>
                <a href={routeHref('team', 'member', r.memberId, 'sheet')}>{r.name}</a>: <span data-testid="stale-count">{r.count}</span> rating
                {r.count === 1 ? '' : 's'} older than {months} months <span className="table__secondary">(oldest {dateText(r.oldest)})</span>
              </li>
            ))}
          </ul>
          <p className="hint">
            <a href={routeHref('team', 'reassess')}>Open the re-assessment list</a>
          </p>
        </>
      )}
    </section>
  );
}

export function UpcomingPanel({ rows }: { rows: TeamOverview['upcoming'] }) {
  return (
    <section className="panel overview__panel" aria-labelledby="ov-upcoming">
      <h2 id="ov-upcoming" className="panel__title">
        Next 30 days <span className="overview__count">{rows.length}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="hint">Nothing starts or is due in the next 30 days.</p>
      ) : (
        <ul className="overview__list" data-testid="overview-upcoming">
          {rows.map((u) => (
            <li key={`${u.nodeId}-${u.what}`}>
              <time dateTime={u.on} className="overview__date">
                {dateText(u.on)}
              </time>{' '}
              <a href={planHref(u.memberId, u.planId)}>{u.name}</a>: {u.title} {u.what === 'starts' ? 'starts' : 'is due'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
