import { COURSE_SESSION_FORMATS } from '../../../../shared/domain/catalog';
import type { FieldErrors } from '../../components/form/field-errors';

/** A session as typed: seats stay text until they are checked (empty: the provider does not say). */
export interface SessionValues {
  start: string;
  end: string;
  format: string;
  seats: string;
}

export const sessionOf = (s: SessionValues) => ({
  start: s.start,
  end: s.end,
  format: s.format,
  seats: s.seats.trim() === '' ? null : Number(s.seats),
});

/** The dated sessions of an instructor-led course: the scheduler books the first one that fits a plan. */
export function SessionList({ value, onChange, errors }: { value: SessionValues[]; onChange: (v: SessionValues[]) => void; errors: FieldErrors }) {
  const update = (i: number, patch: Partial<SessionValues>) => onChange(value.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset className="field session-list">
      <legend className="field__label">Dated sessions</legend>
      {value.length === 0 ? (
        <p className="field__hint">None: planned self-paced at the member’s weekly hours. Add the dates of a live-online or in-person class.</p>
      ) : (
        <ul className="session-list__rows">
          {value.map((s, i) => {
            const problem = errors[`sessions.${i}.start`] ?? errors[`sessions.${i}.end`] ?? errors[`sessions.${i}.seats`] ?? errors[`sessions.${i}.format`];
            const n = i + 1;
            return (
              <li key={i} className="session-list__row">
                <input className="input" type="date" aria-label={`Session ${n} first day`} value={s.start} onChange={(e) => update(i, { start: e.target.value })} />
                <input className="input" type="date" aria-label={`Session ${n} last day`} value={s.end} onChange={(e) => update(i, { end: e.target.value })} />
                <select className="input" aria-label={`Session ${n} format`} value={s.format} onChange={(e) => update(i, { format: e.target.value })}>
                  {COURSE_SESSION_FORMATS.map((f) => (
                    <option key={f} value={f}>
                      {f === 'live-online' ? 'Live online' : 'In person'}
                    </option>
                  ))}
                </select>
                <input
                  className="input input--short"
                  type="number"
                  min={0}
                  placeholder="Seats"
                  aria-label={`Session ${n} seats left (empty if unknown)`}
                  value={s.seats}
                  onChange={(e) => update(i, { seats: e.target.value })}
                />
                <button type="button" className="button" onClick={() => onChange(value.filter((_, j) => j !== i))}>
                  Remove
                </button>
                {problem && <span className="field__error session-list__error">Session {n}: {problem}</span>}
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="button" onClick={() => onChange([...value, { start: '', end: '', format: 'in-person', seats: '' }])}>
        Add session
      </button>
    </fieldset>
  );
}
