import { useState, type FormEvent } from 'react';
import { backupSchedule, type BackupSchedule } from '../../../../shared/domain/backup';
import { Form, FormActions } from '../../components/form/Form';
import { NumberField } from '../../components/form/NumberField';
import { useDomainForm } from '../../components/form/use-domain-form';
import { write } from '../../data';

/** Daily copies on or off, and how many to keep (the API's schedule rules, shown at the field). */
export function BackupScheduleForm({ schedule, folder }: { schedule: BackupSchedule; folder: string }) {
  const form = useDomainForm(() => ({ enabled: schedule.enabled, keep: String(schedule.keep) }), 'changes to the daily backups');
  const { values, set, errors } = form;
  const [saved, setSaved] = useState(false);

  function save(event: FormEvent<HTMLFormElement>) {
    setSaved(false);
    return form.submit(event, {
      schema: backupSchedule,
      input: { enabled: values.enabled, keep: values.keep.trim() === '' ? Number.NaN : Number(values.keep) },
      send: (input) => write('backups.schedule', input),
      done: () => setSaved(true),
    });
  }

  return (
    <Form className="panel" labelledBy="schedule-heading" onSubmit={(e) => void save(e)} saving={form.saving}>
      <h2 id="schedule-heading" className="panel__title">
        Daily backups
      </h2>
      <label className="io-check">
        <input type="checkbox" checked={values.enabled} onChange={(e) => set('enabled')(e.target.checked)} />
        <span>Copy the data file once a day while the planner runs</span>
      </label>
      <NumberField label="Daily copies to keep" error={errors.keep} min={1} max={90} value={values.keep} onChange={set('keep')} />
      <p className="hint">
        Copies are kept in <code className="path">{folder}</code>. Older daily copies are deleted; copies made by hand are kept until you delete them.
      </p>
      <FormActions formError={form.formError} saving={form.saving} submitLabel="Save backup settings" inDialog={false} disabled={!form.dirty}>
        <span role="status" className="form__status">
          {saved && !form.dirty ? 'Saved.' : ''}
        </span>
      </FormActions>
    </Form>
  );
}
