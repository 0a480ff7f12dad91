import { Field } from '../../components/form/Field';
import type { FieldErrors } from '../../components/form/field-errors';
import { NumberField } from '../../components/form/NumberField';
import type { LearningBudget } from '../../../../shared/domain/settings';

/** The budget as typed: amounts and hours stay text until they are checked (empty: no budget). */
export interface BudgetValues {
  currency: string;
  quarterAmount: string;
  yearAmount: string;
  quarterHours: string;
  yearHours: string;
}

const textOf = (n: number | null) => (n === null ? '' : String(n));
const numberOf = (text: string) => (text.trim() === '' ? null : Number(text));

export function budgetValuesOf(b: LearningBudget): BudgetValues {
  return {
    currency: b.currency,
    quarterAmount: textOf(b.quarterAmount),
    yearAmount: textOf(b.yearAmount),
    quarterHours: textOf(b.quarterHours),
    yearHours: textOf(b.yearHours),
  };
}

export function budgetOf(v: BudgetValues): LearningBudget {
  return {
    currency: v.currency.trim().toUpperCase(),
    quarterAmount: numberOf(v.quarterAmount),
    yearAmount: numberOf(v.yearAmount),
    quarterHours: numberOf(v.quarterHours),
    yearHours: numberOf(v.yearHours),
  };
}

const AMOUNTS: { key: Exclude<keyof BudgetValues, 'currency'>; label: string; step: number }[] = [
  { key: 'quarterAmount', label: 'Spend per quarter', step: 1 },
  { key: 'yearAmount', label: 'Spend per year', step: 1 },
  { key: 'quarterHours', label: 'Learning hours per quarter', step: 0.5 },
  { key: 'yearHours', label: 'Learning hours per year', step: 0.5 },
];

/** The team's learning budget, which the Overview measures planned hours and spend against. */
export function BudgetFields({
  value,
  onChange,
  errors,
}: {
  value: BudgetValues;
  onChange: (budget: BudgetValues) => void;
  /** The form's field messages; the budget's are under `budget.…`. */
  errors: FieldErrors;
}) {
  return (
    <fieldset className="field budget-fields">
      <legend className="field__label">Learning budget (the Overview measures plans against it; leave empty for none)</legend>
      <Field label="Budget currency" error={errors['budget.currency']}>
        {(p) => (
          <input {...p} className="input input--short" value={value.currency} maxLength={3} onChange={(e) => onChange({ ...value, currency: e.target.value.toUpperCase() })} />
        )}
      </Field>
      {AMOUNTS.map(({ key, label, step }) => (
        <NumberField
          key={key}
          label={label}
          error={errors[`budget.${key}`]}
          min={0}
          step={step}
          placeholder="No budget"
          value={value[key]}
          onChange={(text) => onChange({ ...value, [key]: text })}
        />
      ))}
    </fieldset>
  );
}
