import { Dialog } from 'radix-ui';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { PROFICIENCY_LABELS } from '../../../../shared/domain/proficiency';
import { futureRatingProblem, RATING_SOURCES, ratingDraft, type Member, type RatingSource } from '../../../../shared/domain/team';
import { ApiFailure } from '../../api';
import { plural } from '../../components/plural';
import { Choice } from '../../components/Choice';
import { Field } from '../../components/form/Field';
import { FormDialog } from '../../components/form/FormDialog';
import { Form, FormProblem } from '../../components/form/Form';
import { useDomainForm } from '../../components/form/use-domain-form';
import { write } from '../../data';
import { SOURCE_LABELS } from '../compare/format';
import { RatingsTable } from './RatingsTable';
import type { TeamModel } from './team-model';

const LEVEL_CHOICES = PROFICIENCY_LABELS.map((label, level) => ({ value: String(level), label: `${level} · ${label}` }));
const SOURCE_CHOICES = RATING_SOURCES.map((s) => ({ value: s, label: SOURCE_LABELS[s] }));

/** One skill's rating history for a member, and a form to add a rating with its own evidence. */
export function RatingHistoryDialog({ model, member, skillId, onClose }: { model: TeamModel; member: Member; skillId: string; onClose: () => void }) {
  const effective = model.levelsOf(member.id).get(skillId);
  const history = useMemo(
    () => model.snapshot.ratings.filter((r) => r.memberId === member.id && r.skillId === skillId),
    [model, member.id, skillId],
  );
  const formRef = useRef<HTMLDivElement>(null);
  const skill = model.skillName(skillId);

  return (
    <FormDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`${skill} · ${member.name}`}
      descriptionClassName="dialog__body history__summary"
      description={
        <>
          {effective
            ? `In effect: ${effective.level} · ${PROFICIENCY_LABELS[effective.level]} (${SOURCE_LABELS[effective.source].toLowerCase()}, ${effective.ratedOn}${effective.stale ? ', stale' : ''}). `
            : 'Not rated yet. '}
          {plural(history.length, 'rating')} in the history. A validated rating (manager, assessment, course) wins over a newer self rating.
        </>
      }
      onOpenAutoFocus={(event) => {
        // Start on the new rating's first control, never on a Delete button of the history.
        event.preventDefault();
        formRef.current?.querySelector<HTMLElement>('button, input')?.focus();
      }}
    >
      {history.length > 0 && (
        <RatingsTable
          model={model}
          ratings={history}
          effectiveIds={new Set(effective ? [effective.ratingId] : [])}
          showSkill={false}
          caption={`Rating history of ${skill}`}
          listId="skill-rating-history"
        />
      )}
      <div ref={formRef}>
        <AddRatingForm model={model} member={member} skillId={skillId} startLevel={effective?.level ?? 0} />
      </div>
    </FormDialog>
  );
}

/** A rating as the API names its fields inside `ratings.add` (ratings.0.ratedOn), named as this form's fields. */
function asFormFields(error: unknown): unknown {
  if (!(error instanceof ApiFailure)) return error;
  const fields = error.error.details?.fields?.map((f) => ({ ...f, path: f.path[0] === 'ratings' ? f.path.slice(2) : f.path }));
  return new ApiFailure({ ...error.error, details: { ...error.error.details, fields } });
}

/** Adds one rating with its own source, date and evidence; the form stays open for the next one. */
function AddRatingForm({ model, member, skillId, startLevel }: { model: TeamModel; member: Member; skillId: string; startLevel: number }) {
  const today = model.snapshot.today;
  const form = useDomainForm(
    () => ({ level: String(startLevel), source: 'manager' as RatingSource, ratedOn: today, evidence: '' }),
    `a new rating of ${model.skillName(skillId)} for ${member.name}`,
  );
  const { values, set, errors } = form;
  const [status, setStatus] = useState('');

  function add(event: FormEvent<HTMLFormElement>) {
    setStatus('');
    const rating = { memberId: member.id, skillId, level: Number(values.level), source: values.source, ratedOn: values.ratedOn, evidence: values.evidence };
    return form.submit(event, {
      schema: ratingDraft,
      input: rating,
      precheck: () => {
        const future = /^\d{4}-\d{2}-\d{2}$/.test(values.ratedOn) ? futureRatingProblem(values.ratedOn, today) : null;
        return future ? [{ path: ['ratedOn'], message: future }] : [];
      },
      send: async (input) => {
        try {
          return await write('ratings.add', { ratings: [input] });
        } catch (error) {
          throw asFormFields(error);
        }
      },
      done: () => {
        form.reset({ ...values, evidence: '' });
        setStatus(`Added a ${SOURCE_LABELS[values.source].toLowerCase()} rating of ${values.level}.`);
      },
    });
  }

  return (
    <Form className="history__form" onSubmit={(e) => void add(e)} saving={form.saving}>
      <h3 className="panel__title">Add a rating</h3>
      <div className="history__fields">
        <Choice label="Level" value={values.level} options={LEVEL_CHOICES} onChange={set('level')} invalid={Boolean(errors.level)} />
        <Choice label="Source" value={values.source} options={SOURCE_CHOICES} onChange={(v) => set('source')(v as RatingSource)} invalid={Boolean(errors.source)} />
        <Field label="Rated on" error={errors.ratedOn}>
          {(p) => <input {...p} type="date" className="input input--short" value={values.ratedOn} max={today} onChange={(e) => set('ratedOn')(e.target.value)} />}
        </Field>
      </div>
      <Field label="Evidence (optional)" error={errors.evidence}>
        {(p) => (
          <textarea
            {...p}
            className="input textarea"
            rows={2}
            value={values.evidence}
            onChange={(e) => set('evidence')(e.target.value)}
            placeholder="What the rating rests on: a review, an assessment score, a course certificate"
          />
        )}
      </Field>
      <FormProblem message={form.formError} />
      <div className="dialog__actions">
        <span role="status" className="form__status">
          {status}
        </span>
        <Dialog.Close asChild>
          <button type="button" className="button">
            Close
          </button>
        </Dialog.Close>
        <button type="submit" className="button button--primary" disabled={form.saving}>
          {form.saving ? 'Adding…' : 'Add rating'}
        </button>
      </div>
    </Form>
  );
}
