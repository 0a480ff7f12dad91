import { CSV_FIELDS, type CsvMapping, type CsvPreview } from '../../../../shared/domain/csv-import';
import { Choice, NONE } from '../../components/Choice';

/** "A", "B", … "Z", "AA": columns as a spreadsheet names them. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Which column of the file feeds each field, with the first row's value as an example. */
export function CsvMappingTable({ preview, onChange }: { preview: CsvPreview; onChange: (mapping: CsvMapping) => void }) {
  const options = [
    { value: NONE, label: '— Not in this file —' },
    ...preview.headers.map((h, i) => ({ value: String(i), label: `${columnLetter(i)}: ${h || '(no header)'}` })),
  ];
  const first = preview.sampleRows[0] ?? [];
  return (
    <table className="table csv-mapping">
      <caption className="visually-hidden">Column mapping</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Column in your file</th>
          <th scope="col">First row</th>
        </tr>
      </thead>
      <tbody>
        {CSV_FIELDS[preview.entity].map((field) => {
          const index = preview.mapping[field.key];
          return (
            <tr key={field.key}>
              <th scope="row" className="csv-mapping__field">
                <span className="table__primary">{field.label}</span>
                {field.required && <span className="csv-mapping__required"> required</span>}
                <div className="table__secondary">{field.hint}</div>
              </th>
              <td>
                <Choice
                  label={`Column for ${field.label}`}
                  hideLabel
                  value={typeof index === 'number' ? String(index) : NONE}
                  options={options}
                  onChange={(value) => onChange({ ...preview.mapping, [field.key]: value === NONE ? null : Number(value) })}
                />
              </td>
              <td className="csv-mapping__sample">{typeof index === 'number' ? first[index] || '—' : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
