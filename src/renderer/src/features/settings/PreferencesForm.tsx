import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../../shared/domain/settings';
import { write } from '../../data';
import { useNotices } from '../../store/notices';
import { useUnsavedChanges } from '../../unsaved';
import { BudgetFields } from './BudgetFields';

export function PreferencesForm({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState(settings);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');

  const dirty = JSON.stringify(draft) !== JSON.stringify(settings);
  useUnsavedChanges(dirty ? 'changes to the preferences' : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setState('saving');
    try {
      await write('settings.update', draft);
      setState('saved');
    } catch (error) {
      useNotices.getState().report('Saving settings', error);
      setState('idle');
    }
  }

  return (
    <form className="panel form" aria-labelledby="prefs-heading" onSubmit={(e) => void submit(e)}>
      <h2 id="prefs-heading" className="panel__title">
        Preferences
      </h2>
      <label className="field">
        <span className="field__label">Ratings become stale after (months)</span>
        <input
          className="input input--short"
          type="number"
          min={1}
          max={120}
          required
          value={draft.staleAfterMonths}
          onChange={(e) => setDraft({ ...draft, staleAfterMonths: Number(e.target.value) })}
        />
      </label>
      <label className="field">
        <span className="field__label">Paper size for PDF export</span>
        <select
          className="input input--short"
          value={draft.paperSize ?? ''}
          onChange={(e) => setDraft({ ...draft, paperSize: e.target.value === '' ? null : (e.target.value as 'A4' | 'Letter') })}
        >
          <option value="">From system locale</option>
          <option value="A4">A4</option>
          <option value="Letter">US Letter</option>
        </select>
      </label>
      <PercentField
        label="Ready at readiness of (%)"
        value={draft.readyAt}
        onChange={(readyAt) => setDraft({ ...draft, readyAt })}
      />
      <PercentField
        label="Nearly ready at readiness of (%)"
        value={draft.nearlyReadyAt}
        onChange={(nearlyReadyAt) => setDraft({ ...draft, nearlyReadyAt })}
      />
      <label className="field">
        <span className="field__label">Mentoring milestone effort (hours per level closed)</span>
        <input
          className="input input--short"
          type="number"
          min={0}
          max={500}
          step={0.5}
          required
          value={draft.milestoneHoursPerLevel}
          onChange={(e) => setDraft({ ...draft, milestoneHoursPerLevel: Number(e.target.value) })}
        />
        <span className="field__hint">A gap no course closes becomes a milestone with this much work per level, scheduled at the member’s weekly hours.</span>
      </label>
      <BudgetFields budget={draft.budget} onChange={(budget) => setDraft({ ...draft, budget })} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={!dirty || state === 'saving'}>
          {state === 'saving' ? 'Saving…' : 'Save preferences'}
        </button>
        <span role="status" className="form__status">
          {state === 'saved' && !dirty ? 'Saved.' : ''}
        </span>
      </div>
    </form>
  );
}

/** A share from 0 to 1, edited as a whole percentage. */
function PercentField({ label, value, onChange }: { label: string; value: number; onChange: (share: number) => void }) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="input input--short"
        type="number"
        min={0}
        max={100}
        required
        value={Math.round(value * 100)}
        onChange={(e) => onChange(Number(e.target.value) / 100)}
      />
    </label>
  );
}
