import type { CsvPreview } from '../../../../shared/domain/csv-import';
import type { UnknownValue, ValueChoice } from '../../../../shared/imports/csv-choices';
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
            <ValueRow key={v.key} value={v} busy={busy} onChoose={(choice) => void choose(v.key, choice)} />
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

function ValueRow({ value: v, busy, onChoose }: { value: UnknownValue; busy: boolean; onChoose: (choice: ValueChoice | null) => void }) {
  const best = v.suggestions[0];
  const taken = v.choice?.action === 'map' && best && v.choice.id === best.id;
  const options = [
    { value: NONE, label: v.blocking ? '— Choose —' : 'Keep as written' },
    ...v.suggestions.map((s) => ({ value: `${MAP}${s.id}`, label: `Use “${s.name}”` })),
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
        <Choice label={`What “${v.value}” means`} hideLabel value={choiceValue(v.choice)} options={options} onChange={(value) => onChoose(choiceOf(value))} />
      </td>
    </tr>
  );
}
