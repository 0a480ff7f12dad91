import type { Plan } from '../../../shared/domain/plan';
import { STATUS_LABELS } from '../../../shared/domain/plan';
import { NODE_SIZE } from '../../../shared/planning/layout';
import { paginateGraph } from '../../../shared/reports/graph-pages';
import { contentBox, type Paper } from '../../../shared/reports/paper';

/** Text sizes on the picture, in graph units; printed size = size × scale, the smallest kept at 7.5 pt or more. */
const LABEL_PX = 13;
const SMALL_PX = 12;
const MIN_LABEL_PT = 7.5;
const PT_PER_PX = 0.75;
/** Room on a landscape page above the picture for its heading and caption. */
const CAPTION_PX = 64;

export interface GraphLabels {
  title: (node: Plan['nodes'][number]) => string;
  detail: (node: Plan['nodes'][number]) => string;
}

function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if ((line + ' ' + w).trim().length > maxChars && line) {
      lines.push(line);
      line = w;
    } else line = `${line} ${w}`.trim();
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, maxChars - 1)}…`;
    return kept;
  }
  return lines;
}

const FILL = { skill: '#eef3ff', course: '#ffffff', milestone: '#fff7e6' } as const;
const STROKE = { skill: '#7fa2ff', course: '#8a94a6', milestone: '#d59b2d' } as const;

/**
 * The learning graph as SVG text and shapes (so the PDF keeps it as selectable text), one landscape page per
 * tile when it is too large to print readably on one (shared/reports/graph-pages.ts decides), landscape or
 * portrait, whichever needs fewer pages.
 */
export function PlanGraphPicture({ plan, paper, labels }: { plan: Plan; paper: Paper; labels: GraphLabels }) {
  const boxes = plan.nodes.map((n) => ({ x: n.x, y: n.y, ...NODE_SIZE[n.kind] }));
  // Landscape suits the left-to-right layout; a tall graph may need fewer pages in portrait. Take the fewer.
  const [orientation, pagination] = (['landscape', 'portrait'] as const)
    .map((o) => {
      const area = contentBox(paper, o);
      return [o, paginateGraph(boxes, { width: area.width, height: area.height - CAPTION_PX }, { minScale: MIN_LABEL_PT / (SMALL_PX * PT_PER_PX) })] as const;
    })
    .reduce((best, next) => (next[1].pages.length < best[1].pages.length ? next : best));
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const multi = pagination.pages.length > 1;

  return (
    <>
      {pagination.pages.map((page, i) => (
        <section
          key={`${page.row}-${page.column}`}
          className={orientation === 'landscape' ? 'print-wide print-graph' : 'print-tall print-graph'}
          aria-label="Appendix: learning graph"
        >
          <h2>
            Appendix — Learning graph
            {multi && (
              <span className="print-muted">
                {' '}
                — part {i + 1} of {pagination.pages.length} (row {page.row}, column {page.column})
              </span>
            )}
          </h2>
          <svg
            role="img"
            aria-label={`Learning graph${multi ? `, part ${i + 1}` : ''}`}
            width={page.viewBox.width * pagination.scale}
            height={page.viewBox.height * pagination.scale}
            viewBox={`${page.viewBox.x} ${page.viewBox.y} ${page.viewBox.width} ${page.viewBox.height}`}
          >
            <defs>
              <marker id={`arrow-${i}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
                <path d="M0,0 L10,5 L0,10 z" fill="#8a94a6" />
              </marker>
            </defs>
            {plan.edges.map((e) => {
              const s = byId.get(e.source);
              const t = byId.get(e.target);
              if (!s || !t) return null;
              const sx = s.x + NODE_SIZE[s.kind].width;
              const sy = s.y + NODE_SIZE[s.kind].height / 2;
              const tx = t.x;
              const ty = t.y + NODE_SIZE[t.kind].height / 2;
              const mid = (sx + tx) / 2;
              return (
                <path
                  key={e.id}
                  d={`M${sx},${sy} C${mid},${sy} ${mid},${ty} ${tx},${ty}`}
                  fill="none"
                  stroke={e.kind === 'prerequisite' ? '#7fa2ff' : '#8a94a6'}
                  strokeWidth={1.5}
                  strokeDasharray={e.kind === 'prerequisite' ? '6 4' : undefined}
                  markerEnd={`url(#arrow-${i})`}
                />
              );
            })}
            {plan.nodes.map((n) => {
              const { width, height } = NODE_SIZE[n.kind];
              const title = wrap(labels.title(n), n.kind === 'course' ? 30 : 26, n.kind === 'course' ? 3 : 2);
              return (
                <g key={n.id} transform={`translate(${n.x},${n.y})`}>
                  <rect width={width} height={height} rx={8} fill={FILL[n.kind]} stroke={STROKE[n.kind]} strokeWidth={1.5} />
                  <text x={10} y={20} fontSize={SMALL_PX} fill="#5a6473">
                    {n.kind === 'course' ? `Course · ${STATUS_LABELS[n.status]}` : n.kind === 'skill' ? 'Skill' : 'Milestone'}
                    {n.note.trim() ? ' · note' : ''}
                  </text>
                  {title.map((line, j) => (
                    <text key={j} x={10} y={40 + j * 16} fontSize={LABEL_PX} fontWeight={600} fill="#1c2330">
                      {line}
                    </text>
                  ))}
                  <text x={10} y={height - 12} fontSize={SMALL_PX} fill="#1c2330">
                    {labels.detail(n)}
                  </text>
                </g>
              );
            })}
          </svg>
        </section>
      ))}
    </>
  );
}
