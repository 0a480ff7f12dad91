import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CsvPreview } from '../../../../shared/domain/csv-import';
import type { CatalogEntries, UnknownValue, ValueChoice } from '../../../../shared/imports/csv-choices';
import { searchEntries, type CatalogEntry } from '../../../../shared/imports/value-matching';
import { Choice, NONE } from '../../components/Choice';
import { useImports } from '../../store/imports';

const CREATE = '__create__';
const SKIP = '__skip__';
const MAP = 'map:';

function choiceValue(choice: ValueChoice | null): string {
  if (!choice) return NONE;
  if (choice.action === 'map') return `${MAP}${choice.id}`;
  return choice.action === 'create' ? CREATE : SKIP;
}

function choiceOf(value: string): ValueChoice | null {
  if (value.startsWith(MAP)) return { action: 'map', id: value.slice(MAP.length) };
  if (value === CREATE) return { action: 'create' };
  return value === SKIP ? { action: 'skip' } : null;
}

const rows = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'row' : 'rows'}`;

/**
 * Each value the catalog does not know, once, with the closest entries: take the suggestion in one click, or
 * pick another, create it as written, or leave its rows out. Every choice reads the file again.
 */
export function CsvUnknownValues({ preview }: { preview: CsvPreview }) {
  const choose = useImports((s) => s.chooseCsvValue);
  const setOption = useImports((s) => s.setCsvOption);
  const busy = useImports((s) => s.progress !== null);
  const values = preview.unknownValues;
  if (values.length === 0) return null;
  const open = values.filter((v) => v.blocking && !v.choice).length;
  const createsSkills = values.some((v) => v.kind === 'skill' && v.choice?.action === 'create');
  return (
    <section className="csv-values" aria-labelledby="csv-values-heading">
      <h3 id="csv-values-heading" className="imports__subhead">
        Values the catalog does not know
      </h3>
      <p className="hint">
        {open > 0
          ? `${open === 1 ? 'One value needs' : `${open} values need`} a choice; until then, the rows that name ${open === 1 ? 'it' : 'them'} are left out.`
          : 'Every value has a choice. Your choices are remembered for files laid out like this one.'}
      </p>
      <table className="table csv-values__table">
        <caption className="visually-hidden">Values the catalog does not know</caption>
        <thead>
          <tr>
            <th scope="col">In the file</th>
            <th scope="col" className="table__num">
              Rows
            </th>
            <th scope="col">Did you mean</th>
            <th scope="col">Choice</th>
          </tr>
        </thead>
        <tbody>
          {values.map((v) => (
            <ValueRow key={v.key} value={v} entries={preview.entries} busy={busy} onChoose={(choice) => void choose(v.key, choice)} />
          ))}
        </tbody>
      </table>
      {createsSkills && (
        <div className="csv-values__category">
          <Choice
            label="New skills go in the category"
            value={preview.options.newSkillCategory ?? NONE}
            options={
              preview.categories.length
                ? preview.categories.map((c) => ({ value: c.id, label: c.name }))
                : [{ value: NONE, label: 'A new category “Imported skills”' }]
            }
            onChange={(value) => void setOption({ newSkillCategory: value === NONE ? null : value })}
          />
        </div>
      )}
    </section>
  );
}

interface ValueRowProps {
  value: UnknownValue;
  entries: CatalogEntries;
  busy: boolean;
  onChoose: (choice: ValueChoice | null) => void;
}

function ValueRow({ value: v, entries, busy, onChoose }: ValueRowProps) {
  const best = v.suggestions[0];
  const taken = v.choice?.action === 'map' && best && v.choice.id === best.id;
  const all = entries[v.kind] ?? [];
  // A value mapped to an entry that is not among its suggestions (picked from all of them) shows it too.
  const mappedId = v.choice?.action === 'map' ? v.choice.id : null;
  const other = mappedId !== null && !v.suggestions.some((s) => s.id === mappedId) ? (all.find((e) => e.id === mappedId) ?? { id: mappedId, name: mappedId }) : null;
  const options = [
    { value: NONE, label: v.blocking ? '— Choose —' : 'Keep as written' },
    ...v.suggestions.map((s) => ({ value: `${MAP}${s.id}`, label: `Use “${s.name}”` })),
    ...(other ? [{ value: `${MAP}${other.id}`, label: `Use “${other.name}”` }] : []),
    ...(v.blocking ? [{ value: CREATE, label: `Create the ${v.kind} “${v.value}”` }] : []),
    { value: SKIP, label: 'Leave those rows out' },
  ];
  return (
    <tr className={v.blocking && !v.choice ? 'csv-values__open' : undefined}>
      <th scope="row">
        <span className="table__primary">{v.value}</span>
        <div className="table__secondary">
          {v.kind} · {v.column}
        </div>
      </th>
      <td className="table__num">{rows(v.rows)}</td>
      <td>
        {best ? (
          <button
            type="button"
            className={`button${taken ? ' button--quiet' : ''}`}
            disabled={busy || taken}
            aria-pressed={taken}
            onClick={() => onChoose({ action: 'map', id: best.id })}
          >
            {taken ? `Using “${best.name}”` : `Use “${best.name}”`}
          </button>
        ) : (
          <span className="hint">No close match</span>
        )}
      </td>
      <td>
        <div className="csv-values__choice">
          <Choice label={`What “${v.value}” means`} hideLabel value={choiceValue(v.choice)} options={options} onChange={(value) => onChoose(choiceOf(value))} />
          {all.length > 0 && <EntryPicker value={v} entries={all} busy={busy} onPick={(id) => onChoose({ action: 'map', id })} />}
        </div>
      </td>
    </tr>
  );
}

/** How many matching entries the picker lists at once; typing narrows the rest. */
const PICKER_SHOWN = 50;

/**
 * “Map to another…”: every entry of the value's kind, searched as values are matched (case, accents and
 * punctuation set aside). Keyboard: the search takes focus, the arrow keys move through the entries, Enter
 * picks the only match, Escape closes and returns to the button.
 */
function EntryPicker({ value: v, entries, busy, onPick }: { value: UnknownValue; entries: readonly CatalogEntry[]; busy: boolean; onPick: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const id = useId();
  const found = searchEntries(entries, search);
  const shown = found.slice(0, PICKER_SHOWN);
  const close = () => {
    setOpen(false);
    setSearch('');
    toggle.current?.focus();
  };
  const pick = (entry: CatalogEntry) => {
    close();
    onPick(entry.id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    if (buttons.length === 0) return;
    e.preventDefault();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'ArrowDown' ? Math.min(at + 1, buttons.length - 1) : at - 1;
    if (next < 0) document.getElementById(`${id}-search`)?.focus();
    else buttons[next]?.focus();
  };
  const what = `${v.kind}s`;
  return (
    <div className="entry-picker">
      <button ref={toggle} type="button" className="button button--quiet" aria-expanded={open} aria-controls={`${id}-panel`} disabled={busy} onClick={() => (open ? close() : setOpen(true))}>
        Map to another…<span className="visually-hidden"> {`for “${v.value}”`}</span>
      </button>
      {open && (
        <div id={`${id}-panel`} role="group" aria-label={`Map “${v.value}” to any ${v.kind}`} className="entry-picker__panel" onKeyDown={onKeyDown}>
          <label htmlFor={`${id}-search`} className="entry-picker__label">
            Search all {entries.length.toLocaleString()} {what}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            className="input"
            autoFocus
            autoComplete="off"
            value={search}
            aria-describedby={`${id}-count`}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && found.length === 1) {
                e.preventDefault();
                pick(found[0]!);
              }
            }}
          />
          <p id={`${id}-count`} className="hint" aria-live="polite">
            {found.length === 0
              ? `No ${v.kind} matches “${search.trim()}”.`
              : found.length > shown.length
                ? `${shown.length} of ${found.length.toLocaleString()} shown; type to narrow.`
                : `${found.length.toLocaleString()} ${found.length === 1 ? v.kind : what}.`}
          </p>
          <ul ref={list} className="entry-picker__list" aria-label={`${what} to map “${v.value}” to`}>
            {shown.map((entry) => (
              <li key={entry.id}>
                <button type="button" className="entry-picker__entry" onClick={() => pick(entry)}>
                  {entry.name}
                  {entry.name !== entry.id && <span className="table__secondary"> {entry.id}</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
