import { useState, type FormEvent } from 'react';
import { ApiFailure } from '../../api';
import { Choice, NONE } from '../../components/Choice';
import { Field } from '../../components/form/Field';
import { Form, FormActions } from '../../components/form/Form';
import { FormDialog } from '../../components/form/FormDialog';
import { NumberField } from '../../components/form/NumberField';
import { useDomainForm } from '../../components/form/use-domain-form';
import { memberDraft, type Member } from '../../../../shared/domain/team';
import { useTeam } from '../../store/team';
import { RoleFocusToggle } from '../../components/RoleFocusToggle';
import { unarchivedRoles } from '../../../../shared/planning/roles-in-focus';
import type { TeamModel } from './team-model';

/** The form's values as typed: hours stay text until they are checked. */
interface Values {
  name: string;
  title: string;
  currentRoleId: string;
  targetRoleId: string;
  weeklyHours: string;
  startDate: string;
  notes: string;
}

function valuesOf(member: Member | null): Values {
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

/** What the API receives: empty hours are not a number (and refused as such), an empty date is none. */
function inputOf(v: Values) {
  return {
    name: v.name,
    title: v.title,
    currentRoleId: v.currentRoleId === NONE ? null : v.currentRoleId,
    targetRoleId: v.targetRoleId === NONE ? null : v.targetRoleId,
    weeklyHours: v.weeklyHours.trim() === '' ? Number.NaN : Number(v.weeklyHours),
    startDate: v.startDate === '' ? null : v.startDate,
    notes: v.notes,
  };
}

/** Add or edit a member. Each problem shows at its field; nothing is saved until all are fixed. */
export function MemberDialog({ model, member, onClose }: { model: TeamModel; member: Member | null; onClose: (saved: Member | null) => void }) {
  return (
    <FormDialog open onOpenChange={(open) => !open && onClose(null)} title={member ? `Edit ${member.name}` : 'Add a team member'}>
      <MemberForm model={model} member={member} onSaved={onClose} />
    </FormDialog>
  );
}

function MemberForm({ model, member, onSaved }: { model: TeamModel; member: Member | null; onSaved: (saved: Member) => void }) {
  const saveMember = useTeam((s) => s.saveMember);
  const form = useDomainForm(() => valuesOf(member), member ? `changes to ${member.name}’s details` : 'the new member’s details');
  const { values, set, errors } = form;
  // Archived roles are offered only when asked for (or when already chosen).
  const [showArchived, setShowArchived] = useState(false);
  const pickable = unarchivedRoles(model.roles, showArchived, [values.currentRoleId, values.targetRoleId]);
  const roleChoices = [{ value: NONE, label: 'None' }, ...pickable.shown.map((r) => ({ value: r.id, label: r.name }))];
  const roleProblem = errors.currentRoleId ?? errors.targetRoleId;

  function save(event: FormEvent<HTMLFormElement>) {
    return form.submit(event, {
      schema: memberDraft,
      input: inputOf(values),
      send: async (input) => {
        const result = await saveMember(member ? { ...input, id: member.id, version: member.version } : input);
        if (!result.ok) throw new ApiFailure(result.error);
        return result.value;
      },
      done: onSaved,
    });
  }

  return (
    <Form className="member-form" onSubmit={(e) => void save(e)} saving={form.saving}>
      <div className="member-form__grid">
        <Field label="Name" error={errors.name}>
          {(p) => <input {...p} className="input" value={values.name} onChange={(e) => set('name')(e.target.value)} autoFocus />}
        </Field>
        <Field label="Title" error={errors.title}>
          {(p) => <input {...p} className="input" value={values.title} onChange={(e) => set('title')(e.target.value)} placeholder="e.g. Cloud security engineer" />}
        </Field>
        <Choice label="Current role" value={values.currentRoleId} options={roleChoices} onChange={set('currentRoleId')} invalid={Boolean(errors.currentRoleId)} />
        <Choice label="Target role" value={values.targetRoleId} options={roleChoices} onChange={set('targetRoleId')} invalid={Boolean(errors.targetRoleId)} />
        <RoleFocusToggle hidden={pickable.hidden} showAll={showArchived} onChange={setShowArchived} left="archived" />
        <NumberField label="Weekly learning hours" error={errors.weeklyHours} min={0} max={80} step={0.5} value={values.weeklyHours} onChange={set('weeklyHours')} />
        <Field label="Plan start date" error={errors.startDate}>
          {(p) => <input {...p} className="input input--short" type="date" value={values.startDate} onChange={(e) => set('startDate')(e.target.value)} />}
        </Field>
      </div>
      {roleProblem && <span className="field__error">{roleProblem}</span>}
      <Field label="Notes" error={errors.notes}>
        {(p) => <textarea {...p} className="input textarea" rows={3} value={values.notes} onChange={(e) => set('notes')(e.target.value)} />}
      </Field>
      <FormActions formError={form.formError} saving={form.saving} submitLabel={member ? 'Save changes' : 'Add member'} />
    </Form>
  );
}
