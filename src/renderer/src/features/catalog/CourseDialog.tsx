import { useId, type FormEvent } from 'react';
import type { OperationOutput } from '../../../../shared/api/contract';
import { COURSE_FORMATS, COURSE_KINDS, COURSE_LEVELS, type SkillAtLevel } from '../../../../shared/domain/catalog';
import { courseDraft, courseUpdate } from '../../../../shared/domain/catalog-edits';
import { Field, type FieldControlProps } from '../../components/form/Field';
import { Form, FormActions } from '../../components/form/Form';
import { FormDialog } from '../../components/form/FormDialog';
import { useDomainForm } from '../../components/form/use-domain-form';
import { useCourseFacets, useSkills, write } from '../../data';
import type { CourseDetail } from '../../store/catalog';
import { capitalise } from './format';
import { SessionList, sessionOf, type SessionValues } from './SessionList';
import { SkillLevelList } from './SkillLevelList';

type Course = OperationOutput<'courses.list'>[number];

const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY', 'INR', 'SGD'];

/** The form's values as typed: numbers stay text until they are checked. */
interface Values {
  title: string;
  provider: string;
  kind: string;
  format: string;
  level: string;
  hours: string;
  hoursNote: string;
  examHours: string;
  cost: string;
  currency: string;
  url: string;
  teaches: SkillAtLevel[];
  requires: SkillAtLevel[];
  sessions: SessionValues[];
}

function valuesOf(c: Course | undefined): Values {
  return {
    title: c?.title ?? '',
    provider: c?.provider ?? '',
    kind: c?.kind ?? 'course',
    format: c?.format ?? 'self-paced',
    level: c?.level ?? 'beginner',
    hours: c ? String(c.hours) : '',
    hoursNote: c?.hoursNote ?? '',
    examHours: c?.examHours === null || c?.examHours === undefined ? '' : String(c.examHours),
    cost: c?.cost === null || c === undefined ? '' : String(c.cost),
    currency: c?.currency ?? '',
    url: c?.url ?? '',
    teaches: c?.teaches ?? [],
    requires: c?.requires ?? [],
    sessions: (c?.sessions ?? []).map((x) => ({ start: x.start, end: x.end, format: x.format, seats: x.seats === null ? '' : String(x.seats) })),
  };
}

/** What the API receives: empty hours stay missing (and are refused), an empty cost means “not published”. */
function fieldsOf(v: Values) {
  return {
    title: v.title,
    provider: v.provider,
    kind: v.kind,
    format: v.format,
    level: v.level,
    hours: v.hours.trim() === '' ? undefined : Number(v.hours),
    hoursNote: v.hoursNote,
    examHours: v.examHours.trim() === '' ? null : Number(v.examHours),
    cost: v.cost.trim() === '' ? null : Number(v.cost),
    currency: v.currency || null,
    url: v.url,
    teaches: v.teaches,
    requires: v.requires,
    sessions: v.sessions.map(sessionOf),
  };
}

function WordSelect({
  values,
  value,
  onChange,
  ...p
}: Partial<FieldControlProps> & { values: readonly string[]; value: string; onChange: (v: string) => void }) {
  return (
    <select {...p} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
      {values.map((v) => (
        <option key={v} value={v}>
          {capitalise(v)}
        </option>
      ))}
    </select>
  );
}

/** Creates or edits a course: its facts, the skills it teaches (and to what level), and what it needs on entry. */
export function CourseDialog({
  open,
  onOpenChange,
  course,
  onSaved,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  course?: Course;
  onSaved: (course: CourseDetail, created: boolean) => void;
}) {
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} title={course ? `Edit “${course.title}”` : 'New course'}>
      <CourseForm
        course={course}
        onSaved={(saved) => {
          onOpenChange(false);
          onSaved(saved, !course);
        }}
      />
    </FormDialog>
  );
}

/** The form inside the dialog: mounted each time the dialog opens, so it starts from the course as it is. */
function CourseForm({ course, onSaved }: { course?: Course; onSaved: (course: CourseDetail) => void }) {
  const skills = useSkills().rows;
  const facets = useCourseFacets();
  const form = useDomainForm(() => valuesOf(course), course ? `changes to the course “${course.title}”` : 'the new course');
  const { values, set, errors } = form;
  const providersId = useId();

  function save(event: FormEvent<HTMLFormElement>) {
    const fields = fieldsOf(values);
    return course
      ? form.submit(event, {
          schema: courseUpdate,
          input: { ...fields, id: course.id, version: course.version },
          send: (input) => write('courses.update', input),
          done: onSaved,
        })
      : form.submit(event, { schema: courseDraft, input: fields, send: (input) => write('courses.create', input), done: onSaved });
  }

  const text = (key: 'title' | 'hoursNote') => (p: FieldControlProps) => (
    <input {...p} className="input" value={values[key]} onChange={(e) => set(key)(e.target.value)} />
  );

  return (
    <Form onSubmit={(e) => void save(e)} saving={form.saving}>
      <Field label="Title" error={errors.title}>
        {text('title')}
      </Field>
      <div className="form__columns">
        <Field label="Provider" error={errors.provider}>
          {(p) => (
            <>
              <input {...p} className="input" list={providersId} value={values.provider} onChange={(e) => set('provider')(e.target.value)} />
              <datalist id={providersId}>
                {facets?.providers.map((pr) => <option key={pr.name} value={pr.name} />)}
              </datalist>
            </>
          )}
        </Field>
        <Field label="Web address (URL)" error={errors.url}>
          {(p) => <input {...p} type="url" className="input" placeholder="https://" value={values.url} onChange={(e) => set('url')(e.target.value)} />}
        </Field>
      </div>
      <div className="form__columns form__columns--3">
        <Field label="Kind" error={errors.kind}>
          {(p) => <WordSelect {...p} values={COURSE_KINDS} value={values.kind} onChange={set('kind')} />}
        </Field>
        <Field label="Format" error={errors.format}>
          {(p) => <WordSelect {...p} values={COURSE_FORMATS} value={values.format} onChange={set('format')} />}
        </Field>
        <Field label="Level" error={errors.level}>
          {(p) => <WordSelect {...p} values={COURSE_LEVELS} value={values.level} onChange={set('level')} />}
        </Field>
      </div>
      <div className="form__columns form__columns--3">
        <Field label="Hours" error={errors.hours}>
          {(p) => <input {...p} type="number" min={0} step="any" className="input" value={values.hours} onChange={(e) => set('hours')(e.target.value)} />}
        </Field>
        <Field label="Cost" hint="Empty if the price is not published; 0 if free." error={errors.cost}>
          {(p) => <input {...p} type="number" min={0} step="any" className="input" value={values.cost} onChange={(e) => set('cost')(e.target.value)} />}
        </Field>
        <Field label="Currency" error={errors.currency}>
          {(p) => (
            <select {...p} className="input" value={values.currency} onChange={(e) => set('currency')(e.target.value)}>
              <option value="">None</option>
              {[...new Set([...CURRENCIES, ...(facets?.currencies ?? [])])].map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form__columns">
        <Field
          label="About the hours"
          hint="Study time (for a certification, preparation; the exam is its own part): the cited source, or the estimate and its basis."
          error={errors.hoursNote}
        >
          {text('hoursNote')}
        </Field>
        <Field label="Exam hours" hint="The exam sitting, its own part; empty if there is no exam." error={errors.examHours}>
          {(p) => (
            <input {...p} type="number" min={0} step="any" className="input" value={values.examHours} onChange={(e) => set('examHours')(e.target.value)} />
          )}
        </Field>
      </div>
      <SessionList value={values.sessions} onChange={set('sessions')} errors={errors} />
      <div className="form__columns">
        <SkillLevelList
          legend="Skills taught"
          field="teaches"
          levelName="Brings to"
          emptyText="None yet. Add the skills this course teaches and the level it brings a learner to."
          value={values.teaches}
          onChange={set('teaches')}
          skills={skills}
          errors={errors}
        />
        <SkillLevelList
          legend="Entry requirements"
          field="requires"
          levelName="Entry level"
          emptyText="None: anyone can start."
          value={values.requires}
          onChange={set('requires')}
          skills={skills}
          errors={errors}
        />
      </div>
      <FormActions formError={form.formError} saving={form.saving} submitLabel={course ? 'Save changes' : 'Create course'} />
    </Form>
  );
}

