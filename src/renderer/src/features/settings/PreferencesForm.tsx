import { useState, type FormEvent } from 'react';
import { settings as settingsSchema, type Settings } from '../../../../shared/domain/settings';
import { Field } from '../../components/form/Field';
import { Form, FormActions } from '../../components/form/Form';
import { NumberField } from '../../components/form/NumberField';
import { useDomainForm } from '../../components/form/use-domain-form';
import { write } from '../../data';
import { budgetOf, budgetValuesOf, BudgetFields, type BudgetValues } from './BudgetFields';

/** The preferences as typed: numbers stay text until they are checked; shares are edited as whole percentages. */
interface Values {
  staleAfterMonths: string;
  paperSize: '' | 'A4' | 'Letter';
  readyAt: string;
  nearlyReadyAt: string;
  milestoneHoursPerLevel: string;
  budget: BudgetValues;
}

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

function valuesOf(s: Settings): Values {
  return {
    staleAfterMonths: String(s.staleAfterMonths),
    paperSize: s.paperSize ?? '',
    readyAt: String(Math.round(s.readyAt * 100)),
    nearlyReadyAt: String(Math.round(s.nearlyReadyAt * 100)),
    milestoneHoursPerLevel: String(s.milestoneHoursPerLevel),
    budget: budgetValuesOf(s.budget),
  };
}

function inputOf(v: Values): Settings {
  return {
    staleAfterMonths: numberOf(v.staleAfterMonths),
    paperSize: v.paperSize === '' ? null : v.paperSize,
    readyAt: numberOf(v.readyAt) / 100,
    nearlyReadyAt: numberOf(v.nearlyReadyAt) / 100,
    milestoneHoursPerLevel: numberOf(v.milestoneHoursPerLevel),
    budget: budgetOf(v.budget),
  };
}

export function PreferencesForm({ settings }: { settings: Settings }) {
  const form = useDomainForm(() => valuesOf(settings), 'changes to the preferences');
  const { values, set, errors } = form;
  const [saved, setSaved] = useState(false);

  function save(event: FormEvent<HTMLFormElement>) {
    setSaved(false);
    return form.submit(event, {
      schema: settingsSchema,
      input: inputOf(values),
      send: (input) => write('settings.update', input),
      done: () => setSaved(true),
    });
  }

  const percent = (key: 'readyAt' | 'nearlyReadyAt', label: string) => (
    <NumberField label={label} error={errors[key]} min={0} max={100} value={values[key]} onChange={set(key)} />
  );

  return (
    <Form className="panel" labelledBy="prefs-heading" onSubmit={(e) => void save(e)} saving={form.saving}>
      <h2 id="prefs-heading" className="panel__title">
        Preferences
      </h2>
      <NumberField
        label="Ratings become stale after (months)"
        error={errors.staleAfterMonths}
        min={1}
        max={120}
        value={values.staleAfterMonths}
        onChange={set('staleAfterMonths')}
      />
      <Field label="Paper size for PDF export" error={errors.paperSize}>
        {(p) => (
          <select {...p} className="input input--short" value={values.paperSize} onChange={(e) => set('paperSize')(e.target.value as Values['paperSize'])}>
            <option value="">From system locale</option>
            <option value="A4">A4</option>
            <option value="Letter">US Letter</option>
          </select>
        )}
      </Field>
      {percent('readyAt', 'Ready at readiness of (%)')}
      {percent('nearlyReadyAt', 'Nearly ready at readiness of (%)')}
      <NumberField
        label="Mentoring milestone effort (hours per level closed)"
        hint="A gap no course closes becomes a milestone with this much work per level, scheduled at the member’s weekly hours."
        error={errors.milestoneHoursPerLevel}
        min={0}
        max={500}
        step={0.5}
        value={values.milestoneHoursPerLevel}
        onChange={set('milestoneHoursPerLevel')}
      />
      <BudgetFields value={values.budget} onChange={set('budget')} errors={errors} />
      <FormActions formError={form.formError} saving={form.saving} submitLabel="Save preferences" inDialog={false} disabled={!form.dirty}>
        <span role="status" className="form__status">
          {saved && !form.dirty ? 'Saved.' : ''}
        </span>
      </FormActions>
    </Form>
  );
}
