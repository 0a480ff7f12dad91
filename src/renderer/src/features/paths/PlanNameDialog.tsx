import type { FormEvent } from 'react';
import { z } from 'zod';
import { planName } from '../../../../shared/domain/plan';
import { call } from '../../api';
import { Field } from '../../components/form/Field';
import { Form, FormActions } from '../../components/form/Form';
import { FormDialog } from '../../components/form/FormDialog';
import { useDomainForm } from '../../components/form/use-domain-form';
import { routeHref } from '../../router';
import { usePaths } from '../../store/paths';
import { saveNow } from './autosave';

export type NameMode = 'new' | 'copy' | 'rename';

const TITLES: Record<NameMode, string> = { new: 'New empty variant', copy: 'Copy as a new variant', rename: 'Rename the plan' };

/** Names a new variant, a copy of the plan, or the plan itself (the API's plan-name rules, shown at the field). */
export function PlanNameDialog({ mode, onClose }: { mode: NameMode | null; onClose: () => void }) {
  return (
    <FormDialog
      open={mode !== null}
      onOpenChange={(open) => !open && onClose()}
      wide={false}
      title={mode ? TITLES[mode] : ''}
      description="Variants let you compare options; one plan per member is the active one."
    >
      {mode && <PlanNameForm mode={mode} onDone={onClose} />}
    </FormDialog>
  );
}

function PlanNameForm({ mode, onDone }: { mode: NameMode; onDone: () => void }) {
  const workspace = usePaths((s) => s.workspace)!;
  const plan = workspace.plan;
  const memberId = workspace.member.id;
  const start = mode === 'rename' ? (plan?.name ?? '') : mode === 'copy' ? `${plan?.name ?? 'Plan'} (copy)` : '';
  const form = useDomainForm(() => ({ name: start }), mode === 'rename' ? 'the plan’s new name' : 'the new variant’s name');
  const { values, set, errors } = form;

  function save(event: FormEvent<HTMLFormElement>) {
    return form.submit(event, {
      schema: z.object({ name: planName }),
      input: values,
      send: async ({ name }) => {
        await saveNow();
        if (mode === 'rename' && plan) {
          await call('plans.update', { planId: plan.id, name });
          await usePaths.getState().open(memberId, plan.id);
          return null;
        }
        return call('plans.create', { memberId, name, copyFromPlanId: mode === 'copy' ? (plan?.id ?? null) : null });
      },
      done: (created) => {
        onDone();
        if (created) window.location.hash = routeHref('paths', memberId, created.id);
      },
    });
  }

  return (
    <Form onSubmit={(e) => void save(e)} saving={form.saving}>
      <Field label="Name" error={errors.name}>
        {(p) => <input {...p} className="input" value={values.name} maxLength={120} autoFocus onChange={(e) => set('name')(e.target.value)} />}
      </Field>
      <FormActions formError={form.formError} saving={form.saving} submitLabel={mode === 'rename' ? 'Rename' : 'Create'} />
    </Form>
  );
}
