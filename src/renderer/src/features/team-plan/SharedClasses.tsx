import type { TeamPlanResult } from '../../../../shared/api/operations/team-budget';
import { formatAmount } from '../../../../shared/reports/money';
import { checkOffer, type OfferText } from './cohort-offer';

type Name = 'A' | 'B';

/** What a scenario's plan did with one course: the shared classes booked, or why none. */
function outcome(plan: TeamPlanResult | null, courseId: string, seatPrice: number | null, offered: boolean, names: Map<string, string>) {
  if (!plan) return null;
  const money = (x: number) => formatAmount(x, plan.budget.currency);
  const booked = plan.sharedClasses.filter((s) => s.courseId === courseId);
  if (booked.length === 0) return offered ? 'Not booked: seats bought separately cost no more, or the course did not fit.' : null;
  return booked.map((s) => (
    <span key={s.period} className="team-plan__booked" data-booked={courseId}>
      {s.period}: {s.classes === 1 ? 'one class' : `${s.classes} classes`} for {s.memberIds.map((id) => names.get(id) ?? id).join(', ')}
      {s.session && ` (session ${s.session.start} to ${s.session.end})`}, {money(s.cost)};{' '}
      {seatPrice === null ? (
        'the saving cannot be computed: the course has no per-seat price'
      ) : (
        <>
          saves <strong data-saved={courseId}>{money(s.saved)}</strong> against {s.memberIds.length} seats at {money(seatPrice)}
        </>
      )}
    </span>
  ));
}

/** One field of an offer, with its message under it when wrong. */
function OfferField(props: { id: string; label: string; mode: 'decimal' | 'numeric'; value: string; error: string | undefined; onChange: (text: string) => void }) {
  const { id, label, mode, value, error, onChange } = props;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input input--short"
        inputMode={mode}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <span id={`${id}-error`} className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}

/**
 * The instructor-led courses two or more members need, each with a shared-class offer per scenario (a price for a
 * class of up to N seats, in the plan's currency), and what each scenario's plan booked and saved with it.
 */
export function SharedClasses({
  plans,
  offers,
  onOffer,
}: {
  plans: Record<Name, TeamPlanResult | null>;
  offers: Record<Name, Record<string, OfferText>>;
  onOffer: (scenario: Name, courseId: string, text: OfferText) => void;
}) {
  const known = plans.A ?? plans.B;
  if (!known) return null;
  const names = new Map(known.members.map((m) => [m.memberId, m.name]));
  const currency = known.budget.currency;
  return (
    <section className="panel team-plan__cohorts" aria-labelledby="team-plan-cohorts-h">
      <h2 id="team-plan-cohorts-h" className="panel__title">
        Shared classes
      </h2>
      {known.sharedCandidates.length === 0 ? (
        <p className="hint">No instructor-led course is needed by two or more members, so there is no class to share.</p>
      ) : (
        <>
          <p className="hint">
            Instructor-led courses several members need. Enter a provider’s price for one class (in {currency}) and how many seats it covers; each scenario
            books the class where it costs less than separate seats.
          </p>
          <table className="table" aria-label="Shared-class offers">
            <thead>
              <tr>
                <th scope="col">Course</th>
                <th scope="col">Needed by</th>
                <th scope="col" className="table__num">
                  Seat price
                </th>
                {(['A', 'B'] as const).map((n) => (
                  <th key={n} scope="col">
                    Scenario {n}: class price, seats
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {known.sharedCandidates.map((c) => (
                <tr key={c.courseId} data-course={c.courseId}>
                  <th scope="row" className="table__primary">
                    {c.title}
                  </th>
                  <td>{c.memberIds.map((id) => names.get(id) ?? id).join(', ')}</td>
                  <td className="table__num">{c.seatPrice === null ? 'No price' : formatAmount(c.seatPrice, currency)}</td>
                  {(['A', 'B'] as const).map((n) => {
                    const text = offers[n][c.courseId] ?? { price: '', seats: '' };
                    const { offer, errors } = checkOffer(text);
                    const id = `cohort-${n}-${c.courseId}`;
                    return (
                      <td key={n} data-scenario-offer={n}>
                        <div className="team-plan__offer">
                          <OfferField id={`${id}-price`} label={`Class price (${currency})`} mode="decimal" value={text.price} error={errors.price} onChange={(price) => onOffer(n, c.courseId, { ...text, price })} />
                          <OfferField id={`${id}-seats`} label="Up to seats" mode="numeric" value={text.seats} error={errors.seats} onChange={(seats) => onOffer(n, c.courseId, { ...text, seats })} />
                        </div>
                        <p className="team-plan__outcome">{outcome(plans[n], c.courseId, c.seatPrice, offer !== null, names)}</p>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
