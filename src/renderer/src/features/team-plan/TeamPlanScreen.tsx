import { useState } from 'react';
import type { TeamPlanResult } from '../../../../shared/api/operations/team-budget';
import { printRoutePath, type PdfExportResult, type PrintRequest } from '../../../../shared/domain/print';
import { budgetText } from '../../../../shared/reports/team-plan-text';
import { call, newTabAddress } from '../../api';
import { Choice } from '../../components/Choice';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useNotices } from '../../store/notices';
import { offersOf, type OfferText } from './cohort-offer';
import { ScenarioSummary } from './ScenarioSummary';
import { SharedClasses } from './SharedClasses';
import { TeamPlanDetails } from './TeamPlanDetails';
import { requestOf, useTeamPlan, type ScenarioSettings } from './use-team-plan';
import './team-plan.css';

type Name = 'A' | 'B';
type Applied = { scenario: Name; plan: TeamPlanResult } | null;

function budgetProblem(text: string): string | null {
  if (text.trim() === '') return 'Enter a budget (0 buys only free courses).';
  const n = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(n)) return 'The budget must be a number.';
  if (n < 0) return 'The budget cannot be negative.';
  return null;
}

/**
 * `#/team-plan`: the whole team planned within a budget per quarter or year. Two scenarios side by side, each
 * recomputed as its budget or priority changes; the details of one; “Apply” writes each member's courses as a
 * new plan variant after asking; the PDF prints the same figures.
 */
export function TeamPlanScreen() {
  const [shared, setShared] = useState({ currency: 'USD', per: 'quarter' as ScenarioSettings['per'], horizonMonths: 12 });
  const [amounts, setAmounts] = useState<Record<Name, { text: string; value: number }>>({
    A: { text: '5000', value: 5000 },
    B: { text: '1500', value: 1500 },
  });
  const [offerTexts, setOfferTexts] = useState<Record<Name, Record<string, OfferText>>>({ A: {}, B: {} });
  const [priorities, setPriorities] = useState<Record<Name, ScenarioSettings['priority']>>({ A: 'readiness', B: 'coverage' });
  const [shown, setShown] = useState<Name>('A');
  const [confirming, setConfirming] = useState(false);
  const [applied, setApplied] = useState<Applied>(null);
  const [exported, setExported] = useState<PdfExportResult | 'opened' | null>(null);
  const currencyOk = /^[A-Z]{3}$/.test(shared.currency);

  const offers = { A: offersOf(offerTexts.A), B: offersOf(offerTexts.B) };
  const settingsOf = (n: Name): ScenarioSettings => ({ ...shared, amount: amounts[n].value, priority: priorities[n], cohortOffers: offers[n].cohortOffers });
  const problems = { A: budgetProblem(amounts.A.text), B: budgetProblem(amounts.B.text) };
  // A scenario with a wrong field waits (its last figures stay) until the field is right.
  const a = useTeamPlan(settingsOf('A'), currencyOk && !problems.A && !offers.A.invalid);
  const b = useTeamPlan(settingsOf('B'), currencyOk && !problems.B && !offers.B.invalid);
  const states = { A: a, B: b };
  const current = states[shown].plan;

  const setBudget = (n: Name) => (text: string) =>
    setAmounts((all) => ({ ...all, [n]: { text, value: budgetProblem(text) ? all[n].value : Number(text.replace(/,/g, '')) } }));

  async function apply() {
    setConfirming(false);
    try {
      const plan = await call('plans.applyTeam', requestOf(settingsOf(shown)));
      setApplied({ scenario: shown, plan });
    } catch (error) {
      useNotices.getState().report('Applying the team plan', error);
    }
  }

  async function exportPdf() {
    const s = settingsOf(shown);
    const request: PrintRequest = { view: 'team-plan', ...s };
    const pdf = window.planner?.pdf;
    if (!pdf) {
      window.open(newTabAddress(printRoutePath(request)), '_blank', 'noopener');
      setExported('opened');
      return;
    }
    setExported(await pdf.exportPdf(request));
  }

  if (!a.plan && a.status === 'loading') return <Loading what="the team plan" />;
  if (a.plan && a.plan.members.length === 0) {
    return (
      <>
        <PageHeader title="Team plan" />
        <EmptyState title="No one on the team has a target role">
          <p>
            The team plan closes each member’s gaps for their target role. Set target roles in <a href="#/team">Team</a> first.
          </p>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Team plan"
        subtitle="Who takes what, and when, to close the gaps that matter most within a budget. Prices nobody published are never counted as free."
        actions={
          <>
            <button type="button" className="button" disabled={!current} onClick={() => void exportPdf()}>
              Export PDF of {shown}
            </button>
            <button type="button" className="button button--primary" disabled={!current || states[shown].status !== 'ready'} onClick={() => setConfirming(true)}>
              Apply scenario {shown}…
            </button>
          </>
        }
      />
      <div className="team-plan__shared">
        <div className="field">
          <label className="field__label" htmlFor="team-plan-currency">
            Currency
          </label>
          <input
            id="team-plan-currency"
            className="input input--short"
            value={shared.currency}
            maxLength={3}
            aria-invalid={currencyOk ? undefined : true}
            onChange={(e) => setShared({ ...shared, currency: e.target.value.toUpperCase() })}
          />
          {!currencyOk && <span className="field__error">A three-letter code such as USD.</span>}
        </div>
        <Choice
          label="Budget per"
          value={shared.per}
          options={[
            { value: 'quarter', label: 'Quarter' },
            { value: 'year', label: 'Year' },
          ]}
          onChange={(v) => setShared({ ...shared, per: v as ScenarioSettings['per'] })}
        />
        <Choice
          label="Horizon"
          value={String(shared.horizonMonths)}
          options={[6, 12, 18, 24].map((m) => ({ value: String(m), label: `${m} months` }))}
          onChange={(v) => setShared({ ...shared, horizonMonths: Number(v) })}
        />
        <Choice
          label="Details of"
          value={shown}
          options={[
            { value: 'A', label: 'Scenario A' },
            { value: 'B', label: 'Scenario B' },
          ]}
          onChange={(v) => setShown(v as Name)}
        />
      </div>
      <div className="team-plan__scenarios">
        {(['A', 'B'] as const).map((n) => (
          <ScenarioSummary
            key={n}
            name={n}
            settings={settingsOf(n)}
            state={states[n]}
            budgetError={problems[n]}
            onBudget={setBudget(n)}
            onPriority={(p) => setPriorities((all) => ({ ...all, [n]: p }))}
          />
        ))}
      </div>
      <SharedClasses
        plans={{ A: a.plan, B: b.plan }}
        offers={offerTexts}
        onOffer={(n, courseId, text) => setOfferTexts((all) => ({ ...all, [n]: { ...all[n], [courseId]: text } }))}
      />
      {applied && (
        <div className="team-plan__notice" role="status">
          Scenario {applied.scenario} written as a new plan variant for {applied.plan.members.filter((m) => m.planId).length} members:{' '}
          {applied.plan.members.map((m, i) => (
            <span key={m.memberId}>
              {i > 0 && ', '}
              <a href={`#/paths/${encodeURIComponent(m.memberId)}/${encodeURIComponent(m.planId ?? '')}`}>{m.name}</a>
            </span>
          ))}
          .
        </div>
      )}
      {exported && (
        <div className={`team-plan__notice${typeof exported === 'object' && exported.status === 'failed' ? ' team-plan__notice--failed' : ''}`} role="status">
          {exported === 'opened'
            ? 'The team plan opened in a new tab: use its Print button to save it as PDF.'
            : exported.status === 'saved'
              ? `Saved ${exported.file}`
              : exported.status === 'failed'
                ? exported.message
                : 'Export cancelled.'}
        </div>
      )}
      {current && <TeamPlanDetails plan={current} name={shown} />}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Apply scenario ${shown}?`}
        confirmLabel="Write new variants"
        onConfirm={() => void apply()}
      >
        <p>
          Each of the {current?.members.length ?? 0} planned members gets a new plan variant named “Team plan {current?.today}” with the courses of scenario{' '}
          {shown} ({current ? budgetText(current.budget) : ''}). Existing plans are not changed, and whichever plan is active stays active.
        </p>
      </ConfirmDialog>
    </>
  );
}
