import { capitalise } from './format';

/** One filter of a list: “any” or one value (a native select, labelled for screen readers). */
export function FilterSelect<T extends string>({
  label,
  value,
  onChange,
  anyLabel,
  options,
}: {
  label: string;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  /** The first choice, which sets no filter: “All providers”, “Any kind”. */
  anyLabel: string;
  options: readonly { value: T; label: string }[];
}) {
  return (
    <select className="input input--filter" aria-label={label} value={value ?? ''} onChange={(e) => onChange((e.target.value || undefined) as T | undefined)}>
      <option value="">{anyLabel}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** Options from a fixed list of words, shown capitalised. */
export const wordOptions = <T extends string>(words: readonly T[]) =>
  words.map((w) => ({ value: w, label: capitalise(w) }));
