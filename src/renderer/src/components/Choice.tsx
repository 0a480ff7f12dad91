import './choice.css';
import { Select } from 'radix-ui';
import { useId } from 'react';

export interface ChoiceOption {
  value: string;
  label: string;
}

/** A labelled select (Radix): for picking a role, a member, a source. Radix refuses '' as a value, so “none” is NONE. */
export const NONE = '__none__';

export function Choice({
  label,
  value,
  options,
  onChange,
  hideLabel = false,
  placeholder,
  invalid,
  describedBy,
  className,
}: {
  label: string;
  value: string | null;
  options: readonly ChoiceOption[];
  onChange: (value: string) => void;
  hideLabel?: boolean;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={`${hideLabel ? 'choice' : 'choice field'}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <Select.Root value={value ?? undefined} onValueChange={onChange}>
        <Select.Trigger id={id} className="choice__trigger" aria-invalid={invalid || undefined} aria-describedby={describedBy}>
          <Select.Value placeholder={placeholder ?? 'Choose…'} />
          <Select.Icon className="choice__icon" aria-hidden="true">
            ▾
          </Select.Icon>
        </Select.Trigger>
        <Select.Portal>
          <Select.Content className="choice__content" position="popper" sideOffset={4}>
            <Select.Viewport className="choice__viewport">
              {options.map((o) => (
                <Select.Item key={o.value} value={o.value} className="choice__item">
                  <Select.ItemText>{o.label}</Select.ItemText>
                </Select.Item>
              ))}
            </Select.Viewport>
          </Select.Content>
        </Select.Portal>
      </Select.Root>
    </div>
  );
}
