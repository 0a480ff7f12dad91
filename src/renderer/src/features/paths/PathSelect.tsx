import { Select } from 'radix-ui';
import { useId } from 'react';
import './controls.css';

export interface PathSelectOption {
  value: string;
  label: string;
}

/** A labelled Radix select (keyboard, typeahead, screen-reader labels) in the paths screens' style. */
export function PathSelect({
  label,
  value,
  options,
  onChange,
  hideLabel = false,
}: {
  label: string;
  value: string;
  options: readonly PathSelectOption[];
  onChange: (value: string) => void;
  hideLabel?: boolean;
}) {
  const id = useId();
  return (
    <div className="plan-select">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'plan-select__label'}>
        {label}
      </label>
      <Select.Root value={value} onValueChange={onChange}>
        <Select.Trigger id={id} className="plan-select__trigger" aria-label={hideLabel ? label : undefined}>
          <Select.Value />
          <Select.Icon className="plan-select__icon" aria-hidden="true">
            ▾
          </Select.Icon>
        </Select.Trigger>
        <Select.Portal>
          <Select.Content className="plan-select__content" position="popper" sideOffset={4}>
            <Select.Viewport>
              {options.map((o) => (
                <Select.Item key={o.value} value={o.value} className="plan-select__item">
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
