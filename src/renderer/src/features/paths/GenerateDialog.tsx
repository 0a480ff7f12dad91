import { Dialog } from 'radix-ui';
import { useRef, useState } from 'react';
import type { PathWorkspace } from '../../../../shared/api/operations/plans';
import { DEFAULT_PLAN_SETTINGS, type GenerationLimits } from '../../../../shared/domain/plan';
import { budgetCurrencyOf } from '../../../../shared/planning/path-generation';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { usePaths, type PathsCatalog } from '../../store/paths';
import { saveNow } from './autosave';
import { focusCanvas } from './canvas-focus';
import { messageOf } from './format';

type Mode = 'replace' | 'merge';

/**
 * "Generate from gaps": objective and limits, then replace or merge. Replacing a plan with manual edits asks
 * first; the generation itself is one undo step.
 */
export function GenerateDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const workspace = usePaths((s) => s.workspace)!;
  const catalog = usePaths((s) => s.catalog)!;
  const plan = workspace.plan;
  const initial = plan?.settings.limits ?? DEFAULT_PLAN_SETTINGS.limits;
  const [objective, setObjective] = useState(initial.objective);
  const [budget, setBudget] = useState(initial.budgetCap === null ? '' : String(initial.budgetCap));
  const [freeOnly, setFreeOnly] = useState(initial.freeOnly);
  const [excluded, setExcluded] = useState<string[]>(initial.excludedProviders);
  const hasWork = Boolean(plan && (plan.editedSinceGeneration || !plan.generatedAt) && usePaths.getState().nodes.length > 0);
  const [mode, setMode] = useState<Mode>(hasWork ? 'merge' : 'replace');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const generated = useRef(false);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const providers = [...new Set(catalog.courses.map((c) => c.provider))].sort((a, b) => a.localeCompare(b));
  const budgetInvalid = budget.trim() !== '' && !(Number(budget) >= 0);
  // The cap's currency: the one the catalog prices in, or the user's choice when it prices in several.
  const currencies = [...new Set(catalog.courses.filter((c) => c.cost && c.currency).map((c) => c.currency!))].sort();
  const settled = budgetCurrencyOf(catalog.courses, initial);
  const [currency, setCurrency] = useState<string>(settled && settled !== 'ambiguous' ? settled : (currencies[0] ?? ''));
  const unpriced = unpricedForGaps(catalog.courses, workspace, usePaths.getState().nodes.map((n) => n.data.courseId), Object.keys(initial.assumedPrices));
  const [assumed, setAssumed] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(initial.assumedPrices).map(([id, v]) => [id, String(v)])),
  );
  const assumedInvalid = unpriced.filter((c) => (assumed[c.id] ?? '').trim() !== '' && !(Number(assumed[c.id]) >= 0)).map((c) => c.id);
  const invalid = budgetInvalid || assumedInvalid.length > 0;

  async function generate() {
    const limits: GenerationLimits = {
      objective,
      budgetCap: budget.trim() === '' ? null : Number(budget),
      budgetCurrency: currency || null,
      freeOnly,
      excludedProviders: excluded,
      assumedPrices: Object.fromEntries(
        unpriced.filter((c) => (assumed[c.id] ?? '').trim() !== '').map((c) => [c.id, Number(assumed[c.id])]),
      ),
    };
    setBusy(true);
    setError(null);
    try {
      await saveNow();
      const result = await call('plans.generate', { memberId: workspace.member.id, planId: plan?.id ?? null, limits, mode });
      usePaths.getState().showPlan(result, true);
      generated.current = true;
      const courses = result.nodes.filter((n) => n.kind === 'course').length;
      usePaths
        .getState()
        .say(`Generated ${courses} course${courses === 1 ? '' : 's'} for ${workspace.targetRole?.name ?? 'the target role'} (${result.generation?.method === 'exact' ? 'exact search' : 'heuristic'}). Undo with Ctrl+Z.`);
      onOpenChange(false);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  const submit = () => {
    if (invalid) return;
    if (mode === 'replace' && hasWork) setConfirmReplace(true);
    else void generate();
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog dialog--wide"
          onCloseAutoFocus={(event) => {
            // After a generation the focus goes to the new plan on the canvas, not back to the page.
            if (!generated.current) return;
            event.preventDefault();
            generated.current = false;
            focusCanvas();
          }}
        >
          <Dialog.Title className="dialog__title">Generate from gaps</Dialog.Title>
          <Dialog.Description className="dialog__body">
            Chooses courses that close {workspace.member.name}’s gaps for {workspace.targetRole?.name ?? 'the target role'}, with the
            prerequisites and entry requirements they need. Gaps no course closes become milestones.
          </Dialog.Description>
          <form
            className="form generate-form"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <fieldset className="generate-form__group">
              <legend className="field__label">Objective</legend>
              <label>
                <input type="radio" name="objective" checked={objective === 'hours'} onChange={() => setObjective('hours')} /> Fewest hours
              </label>
              <label>
                <input type="radio" name="objective" checked={objective === 'cost'} onChange={() => setObjective('cost')} /> Lowest cost
              </label>
            </fieldset>
            <label className="field">
              <span className="field__label">Budget cap{currencies.length === 1 ? ` in ${currency}` : ''} (leave empty for none)</span>
              <input
                className="input input--short"
                inputMode="decimal"
                value={budget}
                aria-invalid={budgetInvalid || undefined}
                aria-describedby={budgetInvalid ? 'budget-error' : undefined}
                onChange={(e) => setBudget(e.target.value)}
              />
              {budgetInvalid && (
                <span id="budget-error" className="field__error">
                  The budget is a number of at least 0.
                </span>
              )}
            </label>
            {currencies.length > 1 && (
              <label className="field">
                <span className="field__label">Currency of the cap and of assumed prices</span>
                <select className="input input--short" value={currency} onChange={(e) => setCurrency(e.target.value)}>
                  {currencies.map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
              </label>
            )}
            {unpriced.length > 0 && (
              <fieldset className="generate-form__group generate-form__assumed">
                <legend className="field__label">Courses without a published price</legend>
                <p className="hint">
                  Under a budget cap these are left out, and named in the report, unless you enter the price you expect to pay. An entered price
                  is used for the cap and shown as “assumed” in the totals.
                </p>
                <div className="generate-form__assumed-list">
                  {unpriced.map((c) => (
                    <label key={c.id} className="generate-form__assumed-row">
                      <span>
                        {c.title} <span className="hint">({c.provider})</span>
                      </span>
                      <input
                        className="input input--short"
                        inputMode="decimal"
                        placeholder="Unknown"
                        aria-label={`Assumed price of ${c.title}${currency ? ` in ${currency}` : ''}`}
                        aria-invalid={assumedInvalid.includes(c.id) || undefined}
                        value={assumed[c.id] ?? ''}
                        onChange={(e) => setAssumed({ ...assumed, [c.id]: e.target.value })}
                      />
                    </label>
                  ))}
                </div>
                {assumedInvalid.length > 0 && <span className="field__error">An assumed price is a number of at least 0.</span>}
              </fieldset>
            )}
            <label>
              <input type="checkbox" checked={freeOnly} onChange={(e) => setFreeOnly(e.target.checked)} /> Free courses only
            </label>
            <fieldset className="generate-form__group generate-form__providers">
              <legend className="field__label">Leave out these providers</legend>
              {providers.map((p) => (
                <label key={p}>
                  <input
                    type="checkbox"
                    checked={excluded.includes(p)}
                    onChange={(e) => setExcluded(e.target.checked ? [...excluded, p] : excluded.filter((x) => x !== p))}
                  />{' '}
                  {p}
                </label>
              ))}
            </fieldset>
            {plan && usePaths.getState().nodes.length > 0 && (
              <fieldset className="generate-form__group">
                <legend className="field__label">The plan already has steps</legend>
                <label>
                  <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge: keep the steps I placed
                  and any progress
                </label>
                <label>
                  <input type="radio" name="mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace the whole plan
                </label>
              </fieldset>
            )}
            {error && (
              <p className="field__error" role="alert">
                {error}
              </p>
            )}
            <div className="dialog__actions">
              <Dialog.Close className="button">Cancel</Dialog.Close>
              <button type="submit" className="button button--primary" disabled={busy || invalid}>
                {busy ? 'Generating…' : 'Generate'}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
      <ConfirmDialog
        open={confirmReplace}
        onOpenChange={setConfirmReplace}
        title="Replace the plan?"
        confirmLabel="Replace"
        destructive
        onConfirm={() => void generate()}
      >
        <p>
          “{plan?.name}” has steps placed or edited by hand. Replacing it removes them; merging keeps them. You can undo the replacement with
          Ctrl+Z while the plan is open.
        </p>
      </ConfirmDialog>
    </Dialog.Root>
  );
}

/**
 * Courses without a published price worth a guess: on the plan now, given a guess before, or teaching a skill the
 * member is short of for the target role.
 */
function unpricedForGaps(courses: PathsCatalog['courses'], workspace: PathWorkspace, onPlan: readonly (string | null)[], guessed: readonly string[]) {
  const level = new Map(workspace.levels.map((l) => [l.skillId, l.level]));
  const short = new Set((workspace.targetRole?.requirements ?? []).filter((r) => (level.get(r.skill) ?? 0) < r.level).map((r) => r.skill));
  const listed = new Set<string | null>([...onPlan, ...guessed]);
  return courses.filter(
    (c) => c.cost === null && (listed.has(c.id) || c.teaches.some((t) => short.has(t.skill) && t.level > (level.get(t.skill) ?? 0))),
  );
}
