import { useState, type FormEvent } from 'react';
import type { SkillAtLevel } from '../../../../shared/domain/catalog';
import { formatRefLines, parseRefLines, skillDraft, skillUpdate } from '../../../../shared/domain/catalog-edits';
import { useCategories, useSkills, write } from '../../data';
import type { SkillPage } from '../../store/catalog';
import { errorWithin, refLineProblem, useFormSubmit } from './form-errors';
import { FormDialog, FormFooter } from './FormDialog';
import { FormField } from './FormField';
import { SkillLevelList } from './SkillLevelList';

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
  const change = write;
  const [values, setValues] = useState<Values>(() => valuesOf(skill));
  const { errors, formError, saving, submit } = useFormSubmit();

  function save(event: FormEvent<HTMLFormElement>) {
    const { refs, badLines } = parseRefLines(values.refs);
    const fields = { name: values.name, category: values.category, description: values.description, refs };
    const precheck = () => (badLines.length > 0 ? refLineProblem(badLines[0]!) : null);
    return skill
      ? submit(event, { schema: skillUpdate, values: { ...fields, id: skill.id, version: skill.version }, precheck }, (input) => change('skills.update', input), onSaved)
      : submit(
          event,
          { schema: skillDraft, values: { ...fields, prerequisites: values.prerequisites }, precheck },
          (input) => change('skills.create', input),
          onSaved,
        );
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void save(e)}>
      <div className="form__columns">
        <FormField label="Name" error={errors.name}>
          {(p) => <input {...p} className="input" value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />}
        </FormField>
        <FormField label="Category" error={errors.category}>
          {(p) => (
            <select {...p} className="input" value={values.category} onChange={(e) => setValues({ ...values, category: e.target.value })}>
              <option value="">Choose a category…</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField label="Description" error={errors.description}>
        {(p) => (
          <textarea {...p} className="input" rows={3} value={values.description} onChange={(e) => setValues({ ...values, description: e.target.value })} />
        )}
      </FormField>
      <FormField
        label="Framework references"
        hint="One per line: the framework code, a space, then the item id, e.g. OWASP-LLM-2025 LLM01:2025 or NICE K1324."
        error={errorWithin(errors, 'refs')}
      >
        {(p) => (
          <textarea {...p} className="input input--mono" rows={2} value={values.refs} onChange={(e) => setValues({ ...values, refs: e.target.value })} />
        )}
      </FormField>
      {!skill && (
        <SkillLevelList
          legend="Prerequisites"
          field="prerequisites"
          levelName="Needed at"
          emptyText="None: this skill can be learned first. Add the skills it builds on."
          value={values.prerequisites}
          onChange={(prerequisites) => setValues({ ...values, prerequisites })}
          skills={skills}
          errors={errors}
        />
      )}
      <FormFooter formError={formError} saving={saving} submitLabel={skill ? 'Save changes' : 'Create skill'} />
    </form>
  );
}
