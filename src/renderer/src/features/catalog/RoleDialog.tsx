import type { FormEvent } from 'react';
import { formatRefLines, parseRefLines, roleDraft, roleUpdate } from '../../../../shared/domain/catalog-edits';
import { Field } from '../../components/form/Field';
import { Form, FormActions } from '../../components/form/Form';
import { FormDialog } from '../../components/form/FormDialog';
import { useDomainForm } from '../../components/form/use-domain-form';
import { write } from '../../data';
import type { RoleDetail } from '../../store/catalog';
import { lines, refLineProblems } from './text-lines';

interface Values {
  name: string;
  summary: string;
  responsibilities: string;
  employers: string;
  refs: string;
}

const EMPTY: Values = { name: '', summary: '', responsibilities: '', employers: '', refs: '' };

function valuesOf(role: RoleDetail | undefined): Values {
  if (!role) return EMPTY;
  return {
    name: role.name,
    summary: role.summary,
    responsibilities: role.responsibilities.join('\n'),
    employers: role.employers.join('\n'),
    refs: formatRefLines(role.refs),
  };
}

/** Creates a role, or edits a role's name and description (the requirement profile is edited on its page). */
export function RoleDialog({
  open,
  onOpenChange,
  role,
  onSaved,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The role to edit; none to create one. */
  role?: RoleDetail;
  onSaved: (role: RoleDetail) => void;
}) {
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} title={role ? `Edit “${role.name}”` : 'New role'}>
      <RoleForm
        role={role}
        onSaved={(saved) => {
          onOpenChange(false);
          onSaved(saved);
        }}
      />
    </FormDialog>
  );
}

/** The form inside the dialog: mounted each time the dialog opens, so it starts from the role as it is. */
function RoleForm({ role, onSaved }: { role?: RoleDetail; onSaved: (role: RoleDetail) => void }) {
  const form = useDomainForm(() => valuesOf(role), role ? `changes to the role “${role.name}”` : 'the new role');
  const { values, set, errors, errorFor } = form;

  function save(event: FormEvent<HTMLFormElement>) {
    const { refs, badLines } = parseRefLines(values.refs);
    const fields = {
      name: values.name,
      summary: values.summary,
      responsibilities: lines(values.responsibilities),
      employers: lines(values.employers),
      refs,
    };
    const precheck = () => refLineProblems(badLines);
    return role
      ? form.submit(event, {
          schema: roleUpdate,
          input: { ...fields, id: role.id, version: role.version },
          precheck,
          send: (input) => write('roles.update', input),
          done: onSaved,
        })
      : form.submit(event, { schema: roleDraft, input: fields, precheck, send: (input) => write('roles.create', input), done: onSaved });
  }

  return (
    <Form onSubmit={(e) => void save(e)} saving={form.saving}>
      <Field label="Name" error={errors.name}>
        {(p) => <input {...p} className="input" value={values.name} onChange={(e) => set('name')(e.target.value)} />}
      </Field>
      <Field label="Summary" error={errors.summary}>
        {(p) => <textarea {...p} className="input" rows={3} value={values.summary} onChange={(e) => set('summary')(e.target.value)} />}
      </Field>
      <div className="form__columns">
        <Field label="Responsibilities" hint="One per line." error={errorFor('responsibilities')}>
          {(p) => <textarea {...p} className="input" rows={5} value={values.responsibilities} onChange={(e) => set('responsibilities')(e.target.value)} />}
        </Field>
        <Field label="Example employers" hint="One per line." error={errorFor('employers')}>
          {(p) => <textarea {...p} className="input" rows={5} value={values.employers} onChange={(e) => set('employers')(e.target.value)} />}
        </Field>
      </div>
      <Field
        label="Framework anchors"
        hint="One per line: the framework code, a space, then the item id, e.g. NICE DD-WRL-003 or DCWF 623."
        error={errorFor('refs')}
      >
        {(p) => <textarea {...p} className="input input--mono" rows={3} value={values.refs} onChange={(e) => set('refs')(e.target.value)} />}
      </Field>
      <FormActions formError={form.formError} saving={form.saving} submitLabel={role ? 'Save changes' : 'Create role'} />
    </Form>
  );
}
