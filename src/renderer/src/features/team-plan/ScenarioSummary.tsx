import type { TeamPlanResult } from '../../../../shared/api/operations/team-budget';
import { formatAmount } from '../../../../shared/reports/money';
import { blindSpotsText, PRIORITY_LABELS, readinessGainText } from '../../../../shared/reports/team-plan-text';
import { Choice } from '../../components/Choice';
import type { ScenarioSettings, ScenarioState } from './use-team-plan';

const PRIORITIES = (Object.keys(PRIORITY_LABELS) as ScenarioSettings['priority'][]).map((value) => ({ value, label: PRIORITY_LABELS[value] }));

/** One scenario: its budget and priority, and what it buys (readiness gained, spend per period, blind spots closed). */
export function ScenarioSummary({
  name,
  settings,
  state,
  budgetError,
  onBudget,
  onPriority,
}: {
  name: string;
  settings: ScenarioSettings;
  state: ScenarioState;
  budgetError: string | null;
  onBudget: (text: string) => void;
  onPriority: (priority: ScenarioSettings['priority']) => void;
}) {
  const plan: TeamPlanResult | null = state.plan;
  const id = `scenario-${name.toLowerCase()}`;
  return (
    <section className="panel team-plan__scenario" aria-labelledby={`${id}-h`} data-scenario={name}>
      <h2 id={`${id}-h`} className="panel__title">
        Scenario {name}
      </h2>
      <div className="team-plan__controls">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-budget`}>
            Budget per {settings.per} ({settings.currency})
          </label>
          <input
            id={`${id}-budget`}
            className="input input--short"
            inputMode="decimal"
            defaultValue={String(settings.amount)}
            aria-invalid={budgetError ? true : undefined}
            aria-describedby={budgetError ? `${id}-budget-error` : undefined}
            onChange={(e) => onBudget(e.target.value)}
          />
          {budgetError && (
            <span id={`${id}-budget-error`} className="field__error">
              {budgetError}
            </span>
          )}
        </div>
        <Choice label="Priority" value={settings.priority} options={PRIORITIES} onChange={(v) => onPriority(v as ScenarioSettings['priority'])} />
      </div>
      <p className="team-plan__status" role="status" aria-live="polite">
        {state.status === 'loading' ? 'Recomputing…' : state.status === 'failed' ? '' : `Recomputed in ${state.ms} ms`}
      </p>
      {state.status === 'failed' && (
        <p role="alert" className="field__error">
          {state.message}
        </p>
      )}
      {plan && (
        <dl className="facts team-plan__facts">
          <dt>Readiness gained</dt>
          <dd data-fact="readiness">{readinessGainText(plan)}</dd>
          <dt>Spend</dt>
          <dd data-fact="total">
            {formatAmount(plan.totalSpend, plan.budget.currency)}
            {plan.saved > 0 && <> (shared classes saved {formatAmount(plan.saved, plan.budget.currency)})</>}
          </dd>
          <dt>Blind spots</dt>
          <dd data-fact="blind-spots">{blindSpotsText(plan)}</dd>
        </dl>
      )}
      {plan && (
        <table className="table team-plan__spend" aria-label={`Scenario ${name}: spend per ${plan.budget.per}`}>
          <thead>
            <tr>
              <th scope="col">{plan.budget.per === 'quarter' ? 'Quarter' : 'Year'}</th>
              <th scope="col" className="table__num">
                Spend
              </th>
              <th scope="col" className="table__num">
                Left
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.spend.map((s) => (
              <tr key={s.period}>
                <th scope="row">{s.period}</th>
                <td className="table__num">{formatAmount(s.amount, s.currency)}</td>
                <td className="table__num">{formatAmount(plan.budget.amount - s.amount, s.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
