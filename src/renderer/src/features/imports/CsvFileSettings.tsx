import type { CsvPreview } from '../../../../shared/domain/csv-import';
import { PROFICIENCY_LABELS } from '../../../../shared/domain/proficiency';
import { DATE_ORDER_LABELS, DATE_ORDERS, DECIMAL_LABELS, DECIMAL_MARKS } from '../../../../shared/imports/cell-formats';
import { CSV_SETTINGS } from '../../../../shared/imports/csv-choices';
import { Choice, NONE } from '../../components/Choice';
import { useImports } from '../../store/imports';

/** Currencies offered for costs a file gives without one; the planner stores any three-letter code. */
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'INR', 'SEK', 'NOK', 'DKK', 'PLN'];

/**
 * How the file is read where files differ: its decimal mark, its date order, and what it leaves out (a
 * cost's currency, a skill's level). Detected or remembered; changing one reads the file again.
 */
export function CsvFileSettings({ preview }: { preview: CsvPreview }) {
  const setOption = useImports((s) => s.setCsvOption);
  const settings: readonly string[] = CSV_SETTINGS[preview.entity];
  const { options } = preview;
  if (settings.length === 0) return null;
  const currencies = options.currency && !CURRENCIES.includes(options.currency) ? [options.currency, ...CURRENCIES] : CURRENCIES;
  return (
    <section className="csv-settings" aria-labelledby="csv-settings-heading">
      <h3 id="csv-settings-heading" className="imports__subhead">
        How the file is read
      </h3>
      <div className="csv-settings__grid">
        {settings.includes('decimal') && (
          <Choice
            label="Numbers"
            value={options.decimal}
            options={DECIMAL_MARKS.map((d) => ({ value: d, label: DECIMAL_LABELS[d] }))}
            onChange={(value) => void setOption({ decimal: value as (typeof DECIMAL_MARKS)[number] })}
          />
        )}
        {settings.includes('dateOrder') && (
          <Choice
            label="Dates such as 03/04/2026"
            value={options.dateOrder ?? NONE}
            options={[{ value: NONE, label: 'Not chosen: ask' }, ...DATE_ORDERS.map((d) => ({ value: d, label: DATE_ORDER_LABELS[d] }))]}
            onChange={(value) => void setOption({ dateOrder: value === NONE ? null : (value as (typeof DATE_ORDERS)[number]) })}
          />
        )}
        {settings.includes('currency') && (
          <Choice
            label="Currency of a cost without one"
            value={options.currency ?? NONE}
            options={[{ value: NONE, label: 'None: such rows are a problem' }, ...currencies.map((c) => ({ value: c, label: c }))]}
            onChange={(value) => void setOption({ currency: value === NONE ? null : value })}
          />
        )}
        {settings.includes('skillLevel') && (
          <Choice
            label="Level of a skill written without one"
            value={String(options.skillLevel)}
            options={[
              {
                value: 'course',
                label: preview.entity === 'courses' ? 'By the course’s level (beginner 2, intermediate 3, advanced 4)' : 'Basic (2)',
              },
              ...[1, 2, 3, 4, 5].map((l) => ({ value: String(l), label: `${PROFICIENCY_LABELS[l]} (${l})` })),
            ]}
            onChange={(value) => void setOption({ skillLevel: value === 'course' ? 'course' : Number(value) })}
          />
        )}
      </div>
    </section>
  );
}
