import type { LearningBudget } from '../../../../shared/domain/settings';

/** An amount or hours field where empty means "no budget". */
function OptionalNumber({ label, value, step, onChange }: { label: string; value: number | null; step: number; onChange: (v: number | null) => void }) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="input input--short"
        type="number"
        min={0}
        step={step}
        value={value ?? ''}
        placeholder="No budget"
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      />
    </label>
  );
}

/** The team's learning budget, which the Overview measures planned hours and spend against. */
export function BudgetFields({ budget, onChange }: { budget: LearningBudget; onChange: (budget: LearningBudget) => void }) {
  return (
    <fieldset className="field budget-fields">
      <legend className="field__label">Learning budget (the Overview measures plans against it; leave empty for none)</legend>
      <label className="field">
        <span className="field__label">Budget currency</span>
        <input
          className="input input--short"
          value={budget.currency}
          maxLength={3}
          pattern="[A-Z]{3}"
          required
          onChange={(e) => onChange({ ...budget, currency: e.target.value.toUpperCase() })}
        />
      </label>
      <OptionalNumber label="Spend per quarter" value={budget.quarterAmount} step={1} onChange={(quarterAmount) => onChange({ ...budget, quarterAmount })} />
      <OptionalNumber label="Spend per year" value={budget.yearAmount} step={1} onChange={(yearAmount) => onChange({ ...budget, yearAmount })} />
      <OptionalNumber label="Learning hours per quarter" value={budget.quarterHours} step={0.5} onChange={(quarterHours) => onChange({ ...budget, quarterHours })} />
      <OptionalNumber label="Learning hours per year" value={budget.yearHours} step={0.5} onChange={(yearHours) => onChange({ ...budget, yearHours })} />
    </fieldset>
  );
}
