import { useEffect, useId, useState, type MutableRefObject } from 'react';
import { RATING_SOURCES, type Member, type RatingSource } from '../../../../shared/domain/team';
import { roleFit, type KnownLevel } from '../../../../shared/planning/readiness';
import type { RoleProfile } from '../../../../shared/planning/role-fit';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { plural } from '../../components/plural';
import { useTeam, type SheetDraft } from '../../store/team';
import { Choice } from '../../components/Choice';
import { percent, SOURCE_LABELS } from '../compare/format';
import type { TeamModel } from './team-model';

const SOURCE_CHOICES = RATING_SOURCES.map((s) => ({ value: s, label: SOURCE_LABELS[s] })).sort((a, b) =>
  a.value === 'manager' ? -1 : b.value === 'manager' ? 1 : 0,
);

/** Source, date and evidence for the new levels, Save / Discard, and readiness now and after saving. */
export function SheetToolbar({
  model,
  member,
  role,
  draft,
  onSaveRef,
}: {
  model: TeamModel;
  member: Member;
  role: RoleProfile | undefined;
  draft: SheetDraft;
  onSaveRef: MutableRefObject<() => void>;
}) {
  const saveDraft = useTeam((s) => s.saveDraft);
  const discardDraft = useTeam((s) => s.discardDraft);
  const [source, setSource] = useState<RatingSource>('manager');
  const [ratedOn, setRatedOn] = useState(model.snapshot.today);
  const [evidence, setEvidence] = useState('');
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const ids = { date: useId(), evidence: useId() };
  const changed = Object.keys(draft.levels).length;

  async function save() {
    if (changed === 0 || saving) return;
    setSaving(true);
    const saved = await saveDraft(member.id, { source, ratedOn, evidence });
    setSaving(false);
    if (saved !== null) {
      setStatus(`Saved ${plural(saved, 'rating')} for ${member.name}.`);
      setEvidence('');
    }
  }
  useEffect(() => {
    onSaveRef.current = () => void save();
  });

  const levels = model.levelsOf(member.id);
  const readinessNow = role ? roleFit(role.requirements, levels).readiness : null;
  let readinessAfter = readinessNow;
  if (role && changed > 0) {
    const next = new Map<string, KnownLevel>(levels);
    for (const [skill, level] of Object.entries(draft.levels)) next.set(skill, { level, stale: false });
    readinessAfter = roleFit(role.requirements, next).readiness;
  }

  return (
    <div className="sheet__toolbar">
      <div className="sheet__fields">
        <Choice label="Source" value={source} options={SOURCE_CHOICES} onChange={(v) => setSource(v as RatingSource)} />
        <label className="field" htmlFor={ids.date}>
          <span className="field__label">Rated on</span>
          <input id={ids.date} type="date" className="input input--short" value={ratedOn} max={model.snapshot.today} onChange={(e) => setRatedOn(e.target.value)} />
        </label>
        <label className="field sheet__evidence" htmlFor={ids.evidence}>
          <span className="field__label">Evidence (optional)</span>
          <input id={ids.evidence} className="input" value={evidence} onChange={(e) => setEvidence(e.target.value)} placeholder="e.g. Q3 review, lab results" />
        </label>
        <div className="sheet__actions">
          <button type="button" className="button button--primary" disabled={changed === 0 || saving} onClick={() => void save()}>
            {saving ? 'Saving…' : changed === 0 ? 'Save ratings' : `Save ${plural(changed, 'rating')}`}
          </button>
          <button type="button" className="button" disabled={changed === 0} onClick={() => setConfirmDiscard(true)}>
            Discard
          </button>
        </div>
      </div>
      <div className="sheet__status">
        {role && (
          <span className="sheet__readiness" data-testid="sheet-readiness">
            Readiness for {role.name}: <strong>{percent(readinessNow)}</strong>
            {changed > 0 && readinessAfter !== readinessNow && (
              <>
                {' '}
                → <strong>{percent(readinessAfter)}</strong> with the unsaved levels
              </>
            )}
          </span>
        )}
        <span role="status" className="form__status">
          {changed > 0 ? `${plural(changed, 'unsaved level')}.` : status}
        </span>
      </div>
      <ConfirmDialog
        open={confirmDiscard}
        onOpenChange={setConfirmDiscard}
        title="Discard the unsaved levels?"
        confirmLabel="Discard"
        destructive
        onConfirm={() => {
          discardDraft(member.id);
          setStatus('Discarded the unsaved levels.');
        }}
      >
        <p>
          The {plural(changed, 'level')} typed for {member.name} and not saved will be lost.
        </p>
      </ConfirmDialog>
    </div>
  );
}
