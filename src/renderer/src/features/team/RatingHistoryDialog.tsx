import { Dialog } from 'radix-ui';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { PROFICIENCY_LABELS, type ProficiencyLevel } from '../../../../shared/domain/proficiency';
import { RATING_SOURCES, type Member, type RatingSource } from '../../../../shared/domain/team';
import { plural } from '../../components/plural';
import { useTeam } from '../../store/team';
import { Choice } from '../../components/Choice';
import { SOURCE_LABELS } from '../compare/format';
import { RatingsTable } from './RatingsTable';
import type { TeamModel } from './team-model';

const LEVEL_CHOICES = PROFICIENCY_LABELS.map((label, level) => ({ value: String(level), label: `${level} · ${label}` }));
const SOURCE_CHOICES = RATING_SOURCES.map((s) => ({ value: s, label: SOURCE_LABELS[s] }));

/** One skill's rating history for a member, and a form to add a rating with its own evidence. */
export function RatingHistoryDialog({ model, member, skillId, onClose }: { model: TeamModel; member: Member; skillId: string; onClose: () => void }) {
  const addRatings = useTeam((s) => s.addRatings);
  const effective = model.levelsOf(member.id).get(skillId);
  const history = useMemo(
    () => model.snapshot.ratings.filter((r) => r.memberId === member.id && r.skillId === skillId),
    [model, member.id, skillId],
  );
  const [level, setLevel] = useState(String(effective?.level ?? 0));
  const [source, setSource] = useState<RatingSource>('manager');
  const [ratedOn, setRatedOn] = useState(model.snapshot.today);
  const [evidence, setEvidence] = useState('');
  const [status, setStatus] = useState('');
  const ids = { date: useId(), evidence: useId() };
  const formRef = useRef<HTMLFormElement>(null);
  const skill = model.skillName(skillId);

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = await addRatings(
      [{ memberId: member.id, skillId, level: Number(level) as ProficiencyLevel, source, ratedOn, evidence }],
      'Adding the rating',
    );
    if (result.ok) {
      setEvidence('');
      setStatus(`Added a ${SOURCE_LABELS[source].toLowerCase()} rating of ${level}.`);
    }
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog dialog--wide"
          onOpenAutoFocus={(event) => {
            // Start on the new rating's first control, never on a Delete button of the history.
            event.preventDefault();
            formRef.current?.querySelector<HTMLElement>('button, input')?.focus();
          }}
        >
          <Dialog.Title className="dialog__title">
            {skill} · {member.name}
          </Dialog.Title>
          <Dialog.Description className="dialog__body history__summary">
            {effective
              ? `In effect: ${effective.level} · ${PROFICIENCY_LABELS[effective.level]} (${SOURCE_LABELS[effective.source].toLowerCase()}, ${effective.ratedOn}${effective.stale ? ', stale' : ''}). `
              : 'Not rated yet. '}
            {plural(history.length, 'rating')} in the history. A validated rating (manager, assessment, course) wins over a
            newer self rating.
          </Dialog.Description>
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
          <form ref={formRef} className="form history__form" onSubmit={(e) => void add(e)}>
            <h3 className="panel__title">Add a rating</h3>
            <div className="history__fields">
              <Choice label="Level" value={level} options={LEVEL_CHOICES} onChange={setLevel} />
              <Choice label="Source" value={source} options={SOURCE_CHOICES} onChange={(v) => setSource(v as RatingSource)} />
              <label className="field" htmlFor={ids.date}>
                <span className="field__label">Rated on</span>
                <input id={ids.date} type="date" className="input input--short" value={ratedOn} max={model.snapshot.today} onChange={(e) => setRatedOn(e.target.value)} required />
              </label>
            </div>
            <label className="field" htmlFor={ids.evidence}>
              <span className="field__label">Evidence (optional)</span>
              <textarea id={ids.evidence} className="input textarea" rows={2} value={evidence} onChange={(e) => setEvidence(e.target.value)} placeholder="What the rating rests on: a review, an assessment score, a course certificate" />
            </label>
            <div className="dialog__actions">
              <span role="status" className="form__status">
                {status}
              </span>
              <Dialog.Close asChild>
                <button type="button" className="button">
                  Close
                </button>
              </Dialog.Close>
              <button type="submit" className="button button--primary">
                Add rating
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
