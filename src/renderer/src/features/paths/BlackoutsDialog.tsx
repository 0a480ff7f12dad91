import { useEffect, useRef, type FormEvent } from 'react';
import { z } from 'zod';
import { blackoutDraft } from '../../../../shared/domain/plan';
import { call } from '../../api';
import { Field } from '../../components/form/Field';
import { Form, FormActions } from '../../components/form/Form';
import { FormDialog } from '../../components/form/FormDialog';
import { useDomainForm } from '../../components/form/use-domain-form';
import { usePaths } from '../../store/paths';

interface Period {
  startsOn: string;
  endsOn: string;
  label: string;
}

/** The periods as `blackouts.save` checks them, each with the API's own period schema. */
const periodsInput = z.object({ periods: z.array(blackoutDraft).max(200, 'At most 200 periods.') });

/** The member's blackout periods (holidays, crunch time): no learning is scheduled in them. */
export function BlackoutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const name = usePaths((s) => s.workspace)!.member.name;
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Blackout periods for ${name}`}
      description="Holidays and busy weeks: no learning is scheduled from the first to the last day."
    >
      <BlackoutsForm onSaved={() => onOpenChange(false)} />
    </FormDialog>
  );
}

function BlackoutsForm({ onSaved }: { onSaved: () => void }) {
  const workspace = usePaths((s) => s.workspace)!;
  const form = useDomainForm(
    () => ({ periods: workspace.blackouts.map(({ startsOn, endsOn, label }): Period => ({ startsOn, endsOn, label })) }),
    `changes to ${workspace.member.name}’s blackout periods`,
  );
  const { values, errors } = form;
  const periods = values.periods;
  const setPeriods = (next: Period[]) => form.set('periods')(next);
  const update = (i: number, patch: Partial<Period>) => setPeriods(periods.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  // A new period's first field takes the focus.
  const added = useRef(false);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    list.current?.querySelector<HTMLInputElement>('fieldset:last-of-type input')?.focus();
  }, [periods.length]);

  function save(event: FormEvent<HTMLFormElement>) {
    return form.submit(event, {
      schema: periodsInput,
      input: { periods },
      send: async (input) => {
        await call('blackouts.save', { memberId: workspace.member.id, periods: input.periods });
        await usePaths.getState().refreshFacts();
      },
      done: () => {
        usePaths.getState().say('Blackout periods saved; the schedule skips them.');
        onSaved();
      },
    });
  }

  return (
    <Form onSubmit={(e) => void save(e)} saving={form.saving}>
      <div ref={list} className="form">
        {periods.length === 0 && <p className="hint">No periods yet. Add one for each holiday or busy stretch.</p>}
        {periods.map((p, i) => (
          <fieldset key={i} className="blackout-row">
            <legend className="visually-hidden">Period {i + 1}</legend>
            <Field label="First day" error={errors[`periods.${i}.startsOn`]}>
              {(f) => <input {...f} type="date" className="input input--short" value={p.startsOn} onChange={(e) => update(i, { startsOn: e.target.value })} />}
            </Field>
            <Field label="Last day" error={errors[`periods.${i}.endsOn`]}>
              {(f) => <input {...f} type="date" className="input input--short" value={p.endsOn} onChange={(e) => update(i, { endsOn: e.target.value })} />}
            </Field>
            <Field label="What" className="blackout-row__label" error={errors[`periods.${i}.label`]}>
              {(f) => <input {...f} className="input" value={p.label} maxLength={200} placeholder="Summer holiday" onChange={(e) => update(i, { label: e.target.value })} />}
            </Field>
            <button type="button" className="button" onClick={() => setPeriods(periods.filter((_, j) => j !== i))} aria-label={`Remove period ${i + 1}`}>
              Remove
            </button>
          </fieldset>
        ))}
      </div>
      {errors.periods && <span className="field__error">{errors.periods}</span>}
      <div>
        <button
          type="button"
          className="button"
          onClick={() => {
            added.current = true;
            setPeriods([...periods, { startsOn: workspace.today, endsOn: workspace.today, label: '' }]);
          }}
        >
          Add a period
        </button>
      </div>
      <FormActions formError={form.formError} saving={form.saving} submitLabel="Save periods" />
    </Form>
  );
}
