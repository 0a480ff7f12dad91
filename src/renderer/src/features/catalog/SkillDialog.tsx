import type { FormEvent } from 'react';
import type { SkillAtLevel } from '../../../../shared/domain/catalog';
import { formatRefLines, parseRefLines, skillDraft, skillUpdate } from '../../../../shared/domain/catalog-edits';
import { Field } from '../../components/form/Field';
import { Form, FormActions } from '../../components/form/Form';
import { FormDialog } from '../../components/form/FormDialog';
import { useDomainForm } from '../../components/form/use-domain-form';
import { useCategories, useSkills, write } from '../../data';
import type { SkillPage } from '../../store/catalog';
import { SkillLevelList } from './SkillLevelList';
import { refLineProblems } from './text-lines';

interface EditableSkill {
  id: string;
  name: string;
  category: string;
  description: string;
  refs: { framework: string; id: string }[];
  /** The version the form edits: a save over a newer one is refused as changed elsewhere. */
  version: number;
}

interface Values {
  name: string;
  category: string;
  description: string;
  refs: string;
  prerequisites: SkillAtLevel[];
}

function valuesOf(skill: EditableSkill | undefined): Values {
  return {
    name: skill?.name ?? '',
    category: skill?.category ?? '',
    description: skill?.description ?? '',
    refs: formatRefLines(skill?.refs ?? []),
    prerequisites: [],
  };
}

/** Creates a skill (with its prerequisites) or edits one's name, category, description and framework refs. */
export function SkillDialog({
  open,
  onOpenChange,
  skill,
  onSaved,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The skill to edit; none to create one. */
  skill?: EditableSkill;
  onSaved: (skill: SkillPage) => void;
}) {
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} title={skill ? `Edit “${skill.name}”` : 'New skill'}>
      <SkillForm
        skill={skill}
        onSaved={(saved) => {
          onOpenChange(false);
          onSaved(saved);
        }}
      />
    </FormDialog>
  );
}

/** The form inside the dialog: mounted each time the dialog opens, so it starts from the skill as it is. */
function SkillForm({ skill, onSaved }: { skill?: EditableSkill; onSaved: (skill: SkillPage) => void }) {
  const skills = useSkills().rows;
  const categories = useCategories().rows;
  const form = useDomainForm(() => valuesOf(skill), skill ? `changes to the skill “${skill.name}”` : 'the new skill');
  const { values, set, errors, errorFor } = form;

  function save(event: FormEvent<HTMLFormElement>) {
    const { refs, badLines } = parseRefLines(values.refs);
    const fields = { name: values.name, category: values.category, description: values.description, refs };
    const precheck = () => refLineProblems(badLines);
    return skill
      ? form.submit(event, {
          schema: skillUpdate,
          input: { ...fields, id: skill.id, version: skill.version },
          precheck,
          send: (input) => write('skills.update', input),
          done: onSaved,
        })
      : form.submit(event, {
          schema: skillDraft,
          input: { ...fields, prerequisites: values.prerequisites },
          precheck,
          send: (input) => write('skills.create', input),
          done: onSaved,
        });
  }

  return (
    <Form onSubmit={(e) => void save(e)} saving={form.saving}>
      <div className="form__columns">
        <Field label="Name" error={errors.name}>
          {(p) => <input {...p} className="input" value={values.name} onChange={(e) => set('name')(e.target.value)} />}
        </Field>
        <Field label="Category" error={errors.category}>
          {(p) => (
            <select {...p} className="input" value={values.category} onChange={(e) => set('category')(e.target.value)}>
              <option value="">Choose a category…</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="Description" error={errors.description}>
        {(p) => (
          <textarea {...p} className="input" rows={3} value={values.description} onChange={(e) => set('description')(e.target.value)} />
        )}
      </Field>
      <Field
        label="Framework references"
        hint="One per line: the framework code, a space, then the item id, e.g. OWASP-LLM-2025 LLM01:2025 or NICE K1324."
        error={errorFor('refs')}
      >
        {(p) => (
          <textarea {...p} className="input input--mono" rows={2} value={values.refs} onChange={(e) => set('refs')(e.target.value)} />
        )}
      </Field>
      {!skill && (
        <SkillLevelList
          legend="Prerequisites"
          field="prerequisites"
          levelName="Needed at"
          emptyText="None: this skill can be learned first. Add the skills it builds on."
          value={values.prerequisites}
          onChange={set('prerequisites')}
          skills={skills}
          errors={errors}
        />
      )}
      <FormActions formError={form.formError} saving={form.saving} submitLabel={skill ? 'Save changes' : 'Create skill'} />
    </Form>
  );
}
