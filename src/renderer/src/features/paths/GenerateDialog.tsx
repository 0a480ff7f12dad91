import { useRef, useState, type FormEvent } from 'react';
import type { PathWorkspace } from '../../../../shared/api/operations/plans';
import { DEFAULT_PLAN_SETTINGS, generationLimits, type GenerationLimits } from '../../../../shared/domain/plan';
import { budgetCurrencyOf } from '../../../../shared/planning/path-generation';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/form/Field';
import { Form, FormActions } from '../../components/form/Form';
import { FormDialog } from '../../components/form/FormDialog';
import { useDomainForm } from '../../components/form/use-domain-form';
import { usePaths, type PathsCatalog } from '../../store/paths';
import { saveNow } from './autosave';
import { focusCanvas } from './canvas-focus';

type Mode = 'replace' | 'merge';

/** The dialog's values as typed: the cap and assumed prices stay text until they are checked. */
interface Values {
  objective: GenerationLimits['objective'];
  budget: string;
  currency: string;
  freeOnly: boolean;
  excluded: string[];
  assumed: Record<string, string>;
  mode: Mode;
}

/**
 * "Generate from gaps": objective and limits, then replace or merge. Replacing a plan with manual edits asks
 * first; the generation itself is one undo step.
 */
export function GenerateDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const workspace = usePaths((s) => s.workspace)!;
  const generated = useRef(false);
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Generate from gaps"
      description={`Chooses courses that close ${workspace.member.name}’s gaps for ${workspace.targetRole?.name ?? 'the target role'}, with the prerequisites and entry requirements they need. Gaps no course closes become milestones.`}
      onCloseAutoFocus={(event) => {
        // After a generation the focus goes to the new plan on the canvas, not back to the page.
        if (!generated.current) return;
        event.preventDefault();
        generated.current = false;
        focusCanvas();
      }}
    >
      <GenerateForm
        onGenerated={() => {
          generated.current = true;
          onOpenChange(false);
        }}
      />
    </FormDialog>
  );
}

function GenerateForm({ onGenerated }: { onGenerated: () => void }) {
  const workspace = usePaths((s) => s.workspace)!;
  const catalog = usePaths((s) => s.catalog)!;
  const plan = workspace.plan;
  const initial = plan?.settings.limits ?? DEFAULT_PLAN_SETTINGS.limits;
  const hasSteps = Boolean(plan && usePaths.getState().nodes.length > 0);
  const hasWork = hasSteps && Boolean(plan && (plan.editedSinceGeneration || !plan.generatedAt));
  const providers = [...new Set(catalog.courses.map((c) => c.provider))].sort((a, b) => a.localeCompare(b));
  // The cap's currency: the one the catalog prices in, or the user's choice when it prices in several.
  const currencies = [...new Set(catalog.courses.filter((c) => c.cost && c.currency).map((c) => c.currency!))].sort();
  const settled = budgetCurrencyOf(catalog.courses, initial);
  const [unpriced] = useState(() =>
    unpricedForGaps(catalog.courses, workspace, usePaths.getState().nodes.map((n) => n.data.courseId), Object.keys(initial.assumedPrices)),
  );
  const form = useDomainForm<Values>(
    () => ({
      objective: initial.objective,
      budget: initial.budgetCap === null ? '' : String(initial.budgetCap),
      currency: settled && settled !== 'ambiguous' ? settled : (currencies[0] ?? ''),
      freeOnly: initial.freeOnly,
      excluded: initial.excludedProviders,
      assumed: Object.fromEntries(Object.entries(initial.assumedPrices).map(([id, v]) => [id, String(v)])),
      mode: hasWork ? 'merge' : 'replace',
    }),
    'the limits for generating a plan',
  );
  const { values, set, errors } = form;
  const [confirmReplace, setConfirmReplace] = useState(false);

  const limitsOf = (v: Values) => ({
    objective: v.objective,
    budgetCap: v.budget.trim() === '' ? null : Number(v.budget),
    budgetCurrency: v.currency || null,
    freeOnly: v.freeOnly,
    excludedProviders: v.excluded,
    assumedPrices: Object.fromEntries(unpriced.filter((c) => (v.assumed[c.id] ?? '').trim() !== '').map((c) => [c.id, Number(v.assumed[c.id])])),
  });

  function generate(event: FormEvent<HTMLFormElement> | null) {
    return form.submit(event, {
      schema: generationLimits,
      input: limitsOf(values),
      send: async (limits) => {
        await saveNow();
        return call('plans.generate', { memberId: workspace.member.id, planId: plan?.id ?? null, limits, mode: values.mode });
      },
      done: (result) => {
        usePaths.getState().showPlan(result, true);
        const courses = result.nodes.filter((n) => n.kind === 'course').length;
        usePaths
          .getState()
          .say(
            `Generated ${courses} course${courses === 1 ? '' : 's'} for ${workspace.targetRole?.name ?? 'the target role'} (${result.generation?.method === 'exact' ? 'exact search' : 'heuristic'}). Undo with Ctrl+Z.`,
          );
        onGenerated();
      },
    });
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    // Replacing hand-placed steps asks first, once the limits themselves are fine.
    if (values.mode === 'replace' && hasWork && generationLimits.safeParse(limitsOf(values)).success) {
      event.preventDefault();
      setConfirmReplace(true);
    } else void generate(event);
  };

  const assumedProblem = Object.entries(errors).find(([key]) => key.startsWith('assumedPrices.'))?.[1];

  return (
    <>
      <Form className="generate-form" onSubmit={submit} saving={form.saving}>
        <fieldset className="generate-form__group">
          <legend className="field__label">Objective</legend>
          <label>
            <input type="radio" name="objective" checked={values.objective === 'hours'} onChange={() => set('objective')('hours')} /> Fewest hours
          </label>
          <label>
            <input type="radio" name="objective" checked={values.objective === 'cost'} onChange={() => set('objective')('cost')} /> Lowest cost
          </label>
        </fieldset>
        <Field label={`Budget cap${currencies.length === 1 ? ` in ${values.currency}` : ''} (leave empty for none)`} error={errors.budgetCap}>
          {(p) => <input {...p} className="input input--short" inputMode="decimal" value={values.budget} onChange={(e) => set('budget')(e.target.value)} />}
        </Field>
        {currencies.length > 1 && (
          <Field label="Currency of the cap and of assumed prices" error={errors.budgetCurrency}>
            {(p) => (
              <select {...p} className="input input--short" value={values.currency} onChange={(e) => set('currency')(e.target.value)}>
                {currencies.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            )}
          </Field>
        )}
        {unpriced.length > 0 && (
          <fieldset className="generate-form__group generate-form__assumed">
            <legend className="field__label">Courses without a published price</legend>
            <p className="hint">
              Under a budget cap these are left out, and named in the report, unless you enter the price you expect to pay. An entered price is
              used for the cap and shown as “assumed” in the totals.
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
                    aria-label={`Assumed price of ${c.title}${values.currency ? ` in ${values.currency}` : ''}`}
                    aria-invalid={Boolean(errors[`assumedPrices.${c.id}`])}
                    value={values.assumed[c.id] ?? ''}
                    onChange={(e) => set('assumed')({ ...values.assumed, [c.id]: e.target.value })}
                  />
                </label>
              ))}
            </div>
            {assumedProblem && <span className="field__error">{assumedProblem}</span>}
          </fieldset>
        )}
        <label>
          <input type="checkbox" checked={values.freeOnly} onChange={(e) => set('freeOnly')(e.target.checked)} /> Free courses only
        </label>
        <fieldset className="generate-form__group generate-form__providers">
          <legend className="field__label">Leave out these providers</legend>
          {providers.map((p) => (
            <label key={p}>
              <input
                type="checkbox"
                checked={values.excluded.includes(p)}
                onChange={(e) => set('excluded')(e.target.checked ? [...values.excluded, p] : values.excluded.filter((x) => x !== p))}
              />{' '}
              {p}
            </label>
          ))}
        </fieldset>
        {hasSteps && (
          <fieldset className="generate-form__group">
            <legend className="field__label">The plan already has steps</legend>
            <label>
              <input type="radio" name="mode" checked={values.mode === 'merge'} onChange={() => set('mode')('merge')} /> Merge: keep the steps I
              placed and any progress
            </label>
            <label>
              <input type="radio" name="mode" checked={values.mode === 'replace'} onChange={() => set('mode')('replace')} /> Replace the whole plan
            </label>
          </fieldset>
        )}
        <FormActions formError={form.formError} saving={form.saving} submitLabel="Generate" savingLabel="Generating…" />
      </Form>
      <ConfirmDialog
        open={confirmReplace}
        onOpenChange={setConfirmReplace}
        title="Replace the plan?"
        confirmLabel="Replace"
        destructive
        onConfirm={() => void generate(null)}
      >
        <p>
          “{plan?.name}” has steps placed or edited by hand. Replacing it removes them; merging keeps them. You can undo the replacement with
          Ctrl+Z while the plan is open.
        </p>
      </ConfirmDialog>
    </>
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
