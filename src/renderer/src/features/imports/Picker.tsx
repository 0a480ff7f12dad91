import { Select } from 'radix-ui';
import { useId } from 'react';

export interface PickerOption {
  value: string;
  label: string;
}

/** Radix refuses '' as an item value, so "nothing picked" is this. */
export const NOTHING = '__nothing__';

/** A labelled select (Radix Select): keyboard, typeahead and screen readers as a native one, styled like the app. */
export function Picker({
  label,
  value,
  options,
  onChange,
  hideLabel = false,
  className,
}: {
  label: string;
  value: string;
  options: readonly PickerOption[];
  onChange: (value: string) => void;
  hideLabel?: boolean;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={`io-select ${hideLabel ? '' : 'field'} ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <Select.Root value={value} onValueChange={onChange}>
        <Select.Trigger id={id} className="io-select__trigger">
          <Select.Value />
          <Select.Icon className="io-select__icon" aria-hidden="true">
            ▾
          </Select.Icon>
        </Select.Trigger>
        <Select.Portal>
          <Select.Content className="io-select__content" position="popper" sideOffset={4}>
            <Select.Viewport className="io-select__viewport">
              {options.map((o) => (
                <Select.Item key={o.value} value={o.value} className="io-select__item">
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
