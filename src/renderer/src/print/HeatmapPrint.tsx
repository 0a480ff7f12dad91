import { NOT_REQUIRED, type Heatmap } from '../../../shared/planning/heatmap';

/** Skill columns per landscape page: wider maps continue on the next page with the same rows. */
const COLUMNS_PER_PAGE = 24;

function tone(gap: number): string {
  if (gap === NOT_REQUIRED) return 'hm-none';
  if (gap === 0) return 'hm-0';
  if (gap === 1) return 'hm-1';
  if (gap === 2) return 'hm-2';
  return 'hm-3';
}

/** The team heatmap for paper: gaps as numbers on coloured cells, totals per row and column, a legend. */
export function HeatmapPrint({
  map,
  memberName,
  skillName,
  title,
}: {
  map: Heatmap;
  memberName: (id: string) => string;
  skillName: (id: string) => string;
  title: string;
}) {
  const columns = map.skillIds.length;
  const chunks: number[][] = [];
  for (let start = 0; start < columns; start += COLUMNS_PER_PAGE) {
    chunks.push(map.skillIds.slice(start, start + COLUMNS_PER_PAGE).map((_, i) => start + i));
  }
  return (
    <>
      {chunks.map((chunk, part) => (
        <section key={part} className="print-wide" aria-label={`${title}, part ${part + 1}`}>
          <h2>
            {title}
            {chunks.length > 1 && <span className="print-muted"> — skills {chunk[0]! + 1}–{chunk[chunk.length - 1]! + 1} of {columns}</span>}
          </h2>
          <table className="print-heatmap">
            <thead>
              <tr>
                <th className="hm-member">Member</th>
                {chunk.map((c) => (
                  <th key={c} className="hm-skill">
                    <span>{skillName(map.skillIds[c]!)}</span>
                  </th>
                ))}
                <th className="hm-total">Levels short</th>
              </tr>
            </thead>
            <tbody>
              {map.memberIds.map((memberId, r) => (
                <tr key={memberId}>
                  <th className="hm-member">{memberName(memberId)}</th>
                  {chunk.map((c) => {
                    const gap = map.gap[r * columns + c]!;
                    return (
                      <td key={c} className={tone(gap)}>
                        {gap === NOT_REQUIRED ? '' : gap}
                      </td>
                    );
                  })}
                  <td className="hm-total">{map.rowShort[r]}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th className="hm-member">Levels short</th>
                {chunk.map((c) => (
                  <td key={c} className="hm-total">
                    {map.columnShort[c]}
                  </td>
                ))}
                <td className="hm-total" />
              </tr>
            </tfoot>
          </table>
          <p className="print-legend">
            Each cell: levels short of the required level. <span className="hm-0">0</span> met · <span className="hm-1">1</span> ·{' '}
            <span className="hm-2">2</span> · <span className="hm-3">3+</span> · blank: not required for the member’s role.
          </p>
        </section>
      ))}
    </>
  );
}
