import { Dialog } from 'radix-ui';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useUnsavedChanges } from '../../unsaved';
import type { FieldProblem } from '../../../../shared/api/errors';
import type { Member } from '../../../../shared/domain/team';
import { useTeam } from '../../store/team';
import { Choice, NONE } from '../../components/Choice';
import { RoleFocusToggle } from '../../components/RoleFocusToggle';
import { unarchivedRoles } from '../../../../shared/planning/roles-in-focus';
import type { TeamModel } from './team-model';

interface FormState {
  name: string;
  title: string;
  currentRoleId: string;
  targetRoleId: string;
  weeklyHours: string;
  startDate: string;
  notes: string;
}

interface FieldProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** A labelled field with its API problem under it (outside the label, so the label stays the field's name). */
function FormField({ label, error, children }: { label: string; error: string | undefined; children: (field: FieldProps) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-e` : undefined })}
      {error && (
        <span id={`${id}-e`} className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}

function initial(member: Member | null): FormState {
  return {
    name: member?.name ?? '',
    title: member?.title ?? '',
    currentRoleId: member?.currentRoleId ?? NONE,
    targetRoleId: member?.targetRoleId ?? NONE,
    weeklyHours: String(member?.weeklyHours ?? 4),
    startDate: member?.startDate ?? '',
    notes: member?.notes ?? '',
  };
}

/** Add or edit a member. Field problems from the API appear under their fields; nothing is saved until all are fixed. */
export function MemberDialog({ model, member, onClose }: { model: TeamModel; member: Member | null; onClose: (saved: Member | null) => void }) {
  const saveMember = useTeam((s) => s.saveMember);
  const [form, setForm] = useState(() => initial(member));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [start] = useState(form);
  useUnsavedChanges(JSON.stringify(form) !== JSON.stringify(start) ? (member ? `changes to ${member.name}’s details` : 'the new member’s details') : null);

  const problemFor = (field: string) => problems.find((p) => p.path[0] === field)?.message;
  // Archived roles are offered only when asked for (or when already chosen).
  const [showArchived, setShowArchived] = useState(false);
  const pickable = unarchivedRoles(model.roles, showArchived, [form.currentRoleId, form.targetRoleId]);
  const roleChoices = [{ value: NONE, label: 'None' }, ...pickable.shown.map((r) => ({ value: r.id, label: r.name }))];
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const hours = form.weeklyHours.trim() === '' ? Number.NaN : Number(form.weeklyHours);
    const result = await saveMember({
      ...(member ? { id: member.id, version: member.version } : {}),
      name: form.name,
      title: form.title,
      currentRoleId: form.currentRoleId === NONE ? null : form.currentRoleId,
      targetRoleId: form.targetRoleId === NONE ? null : form.targetRoleId,
      weeklyHours: hours,
      startDate: form.startDate === '' ? null : form.startDate,
      notes: form.notes,
    });
    setSaving(false);
    if (result.ok) {
      onClose(result.value);
      return;
    }
    const fields = result.error.details?.fields ?? [];
    setProblems(fields);
    setFormError(
      fields.length
        ? 'Please correct the fields marked below.'
        : result.error.details?.changedElsewhere
          ? `${result.error.message.replace(/ Reload to see.*$/, '')} Close this form and open it again to see the current details.`
          : result.error.message,
    );
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose(null)}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--wide" aria-describedby={undefined}>
          <Dialog.Title className="dialog__title">{member ? `Edit ${member.name}` : 'Add a team member'}</Dialog.Title>
          <form className="form member-form" onSubmit={(e) => void submit(e)} noValidate>
            {formError && (
              <p role="alert" className="field__error">
                {formError}
              </p>
            )}
            <div className="member-form__grid">
              <FormField label="Name" error={problemFor('name')}>
                {(field) => <input {...field} className="input" value={form.name} onChange={(e) => set({ name: e.target.value })} required autoFocus />}
              </FormField>
              <FormField label="Title" error={problemFor('title')}>
                {(field) => (
                  <input {...field} className="input" value={form.title} onChange={(e) => set({ title: e.target.value })} placeholder="e.g. Cloud security engineer" />
                )}
              </FormField>
              <Choice label="Current role" value={form.currentRoleId} options={roleChoices} onChange={(v) => set({ currentRoleId: v })} invalid={Boolean(problemFor('currentRoleId'))} />
              <Choice label="Target role" value={form.targetRoleId} options={roleChoices} onChange={(v) => set({ targetRoleId: v })} invalid={Boolean(problemFor('targetRoleId'))} />
              <RoleFocusToggle hidden={pickable.hidden} showAll={showArchived} onChange={setShowArchived} left="archived" />
              <FormField label="Weekly learning hours" error={problemFor('weeklyHours')}>
                {(field) => (
                  <input
                    {...field}
                    className="input input--short"
                    type="number"
                    min={0}
                    max={80}
                    step={0.5}
                    value={form.weeklyHours}
                    onChange={(e) => set({ weeklyHours: e.target.value })}
                  />
                )}
              </FormField>
              <FormField label="Plan start date" error={problemFor('startDate')}>
                {(field) => <input {...field} className="input input--short" type="date" value={form.startDate} onChange={(e) => set({ startDate: e.target.value })} />}
              </FormField>
            </div>
            {(problemFor('currentRoleId') || problemFor('targetRoleId')) && (
              <span className="field__error">{problemFor('currentRoleId') ?? problemFor('targetRoleId')}</span>
            )}
            <FormField label="Notes" error={problemFor('notes')}>
              {(field) => <textarea {...field} className="input textarea" rows={3} value={form.notes} onChange={(e) => set({ notes: e.target.value })} />}
            </FormField>
            <div className="dialog__actions">
              <Dialog.Close asChild>
                <button type="button" className="button">
                  Cancel
                </button>
              </Dialog.Close>
              <button type="submit" className="button button--primary" disabled={saving}>
                {saving ? 'Saving…' : member ? 'Save changes' : 'Add member'}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
