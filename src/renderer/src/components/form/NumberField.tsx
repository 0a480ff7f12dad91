import type { ReactNode } from 'react';
import { Field } from './Field';

/** A number typed as text (checked by the form's schema when it is sent), in the one field. */
export function NumberField({
  label,
  hint,
  error,
  value,
  onChange,
  min,
  max,
  step,
  placeholder,
}: {
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  min?: number;
  max?: number;
  step?: number;
  placeholder?: string;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(p) => (
        <input
          {...p}
          className="input input--short"
          type="number"
          min={min}
          max={max}
          step={step}
          placeholder={placeholder}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
