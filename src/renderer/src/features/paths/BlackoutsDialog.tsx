import { Dialog } from 'radix-ui';
import { useState } from 'react';
import { isRealDate } from '../../../../shared/domain/text';
import { call } from '../../api';
import { usePaths } from '../../store/paths';
import { messageOf } from './format';

interface Period {
  startsOn: string;
  endsOn: string;
  label: string;
}

function problemOf(p: Period): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.startsOn) || !isRealDate(p.startsOn)) return 'Give the first day.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.endsOn) || !isRealDate(p.endsOn)) return 'Give the last day.';
  if (p.endsOn < p.startsOn) return 'The period ends before it starts.';
  return null;
}

/** The member's blackout periods (holidays, crunch time): no learning is scheduled in them. */
export function BlackoutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const workspace = usePaths((s) => s.workspace)!;
  const [periods, setPeriods] = useState<Period[]>(workspace.blackouts.map(({ startsOn, endsOn, label }) => ({ startsOn, endsOn, label })));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const problems = periods.map(problemOf);
  const update = (i: number, patch: Partial<Period>) => setPeriods(periods.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  async function save() {
    if (problems.some(Boolean)) return;
    setBusy(true);
    setError(null);
    try {
      await call('blackouts.save', { memberId: workspace.member.id, periods });
      await usePaths.getState().refreshFacts();
      usePaths.getState().say('Blackout periods saved; the schedule skips them.');
      onOpenChange(false);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--wide">
          <Dialog.Title className="dialog__title">Blackout periods for {workspace.member.name}</Dialog.Title>
          <Dialog.Description className="dialog__body">Holidays and busy weeks: no learning is scheduled from the first to the last day.</Dialog.Description>
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            {periods.length === 0 && <p className="hint">No periods yet. Add one for each holiday or busy stretch.</p>}
            {periods.map((p, i) => (
              <fieldset key={i} className="blackout-row">
                <legend className="visually-hidden">Period {i + 1}</legend>
                <label className="field">
                  <span className="field__label">First day</span>
                  <input type="date" className="input input--short" value={p.startsOn} onChange={(e) => update(i, { startsOn: e.target.value })} />
                </label>
                <label className="field">
                  <span className="field__label">Last day</span>
                  <input
                    type="date"
                    className="input input--short"
                    value={p.endsOn}
                    aria-invalid={Boolean(problems[i]) || undefined}
                    onChange={(e) => update(i, { endsOn: e.target.value })}
                  />
                </label>
                <label className="field blackout-row__label">
                  <span className="field__label">What</span>
                  <input className="input" value={p.label} maxLength={200} placeholder="Summer holiday" onChange={(e) => update(i, { label: e.target.value })} />
                </label>
                <button type="button" className="button" onClick={() => setPeriods(periods.filter((_, j) => j !== i))} aria-label={`Remove period ${i + 1}`}>
                  Remove
                </button>
                {problems[i] && <span className="field__error blackout-row__error">{problems[i]}</span>}
              </fieldset>
            ))}
            <div>
              <button type="button" className="button" onClick={() => setPeriods([...periods, { startsOn: workspace.today, endsOn: workspace.today, label: '' }])}>
                Add a period
              </button>
            </div>
            {error && (
              <p className="field__error" role="alert">
                {error}
              </p>
            )}
            <div className="dialog__actions">
              <Dialog.Close className="button">Cancel</Dialog.Close>
              <button type="submit" className="button button--primary" disabled={busy || problems.some(Boolean)}>
                Save periods
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
