import { useState, type FormEvent } from 'react';
import { formatRefLines, parseRefLines, roleDraft, roleUpdate } from '../../../../shared/domain/catalog-edits';
import { write } from '../../data';
import type { RoleDetail } from '../../store/catalog';
import { errorWithin, lines, refLineProblem, useFormSubmit } from './form-errors';
import { FormDialog, FormFooter } from './FormDialog';
import { FormField } from './FormField';

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
  const change = write;
  const [values, setValues] = useState<Values>(() => valuesOf(role));
  const { errors, formError, saving, submit } = useFormSubmit();

  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function save(event: FormEvent<HTMLFormElement>) {
    const { refs, badLines } = parseRefLines(values.refs);
    const fields = {
      name: values.name,
      summary: values.summary,
      responsibilities: lines(values.responsibilities),
      employers: lines(values.employers),
      refs,
    };
    const precheck = () => (badLines.length > 0 ? refLineProblem(badLines[0]!) : null);
    return role
      ? submit(event, { schema: roleUpdate, values: { ...fields, id: role.id, version: role.version }, precheck }, (input) => change('roles.update', input), onSaved)
      : submit(event, { schema: roleDraft, values: fields, precheck }, (input) => change('roles.create', input), onSaved);
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void save(e)}>
      <FormField label="Name" error={errors.name}>
        {(p) => <input {...p} className="input" value={values.name} onChange={(e) => set('name')(e.target.value)} />}
      </FormField>
      <FormField label="Summary" error={errors.summary}>
        {(p) => <textarea {...p} className="input" rows={3} value={values.summary} onChange={(e) => set('summary')(e.target.value)} />}
      </FormField>
      <div className="form__columns">
        <FormField label="Responsibilities" hint="One per line." error={errorWithin(errors, 'responsibilities')}>
          {(p) => (
            <textarea {...p} className="input" rows={5} value={values.responsibilities} onChange={(e) => set('responsibilities')(e.target.value)} />
          )}
        </FormField>
        <FormField label="Example employers" hint="One per line." error={errorWithin(errors, 'employers')}>
          {(p) => <textarea {...p} className="input" rows={5} value={values.employers} onChange={(e) => set('employers')(e.target.value)} />}
        </FormField>
      </div>
      <FormField
        label="Framework anchors"
        hint="One per line: the framework code, a space, then the item id, e.g. NICE DD-WRL-003 or DCWF 623."
        error={errorWithin(errors, 'refs')}
      >
        {(p) => <textarea {...p} className="input input--mono" rows={3} value={values.refs} onChange={(e) => set('refs')(e.target.value)} />}
      </FormField>
      <FormFooter formError={formError} saving={saving} submitLabel={role ? 'Save changes' : 'Create role'} />
    </form>
  );
}
