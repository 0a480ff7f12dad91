import { STATUS_LABELS } from '../../../../shared/domain/plan';
import { PROFICIENCY_LABELS } from '../../../../shared/domain/proficiency';
import { contentBox, type Paper } from '../../../../shared/reports/paper';
import { choosePrintedRoadmap, PRINT_CARD, printChips, printTitleLines, type RoadmapPage } from '../../../../shared/reports/roadmap-pages';
import type { Roadmap, RoadmapNode } from '../../../../shared/roadmap';
import { formatSpan } from '../../features/paths/format';

/** The smallest printed text on the roadmap, in points: a little over the 7 pt floor the PDF keeps. */
const MIN_TEXT_PT = 7.2;
const PT_PER_PX = 0.75;
/** Room on each landscape page above the drawing for its heading and the chips' legend, in CSS px. */
const HEADING_PX = 84;
/** The smallest font on the drawing, in roadmap units (cards, column ranges and blackout labels). */
const SMALLEST_FONT = Math.min(PRINT_CARD.metaLine.font, PRINT_CARD.chipLine.font, PRINT_CARD.titleLine.font);
/** Never print larger than on screen. */
const MAX_SCALE = 1;

const LEVEL_LEGEND = PROFICIENCY_LABELS.map((label, level) => `${level} ${label}`).join(' · ');

function RoadmapCard({ node }: { node: RoadmapNode }) {
  const { shown, more } = printChips(node.chips.length);
  const kind = node.kind === 'course' ? STATUS_LABELS[node.status] : `${node.items.length} milestone${node.items.length === 1 ? '' : 's'}`;
  return (
    <div
      className={`roadmap-card roadmap-card--${node.kind} roadmap-card--${node.status}`}
      style={{ left: node.x, top: node.y, width: node.width, height: node.height }}
      data-roadmap-node={node.id}
    >
      <div className="roadmap-card__title" style={{ WebkitLineClamp: printTitleLines(node.title) }}>
        {node.title}
      </div>
      <div className="roadmap-card__meta">
        {formatSpan(node.start, node.end)} · {kind}
      </div>
      {node.chips.length > 0 && (
        <ul className="roadmap-card__chips">
          {node.chips.slice(0, shown).map((chip) => (
            <li key={chip.skillId}>
              <span className="roadmap-chip__name">{chip.name}</span>
              <span className="roadmap-chip__levels">
                {chip.from} → {chip.to}
              </span>
            </li>
          ))}
          {more > 0 && <li className="roadmap-chip__more">+{more} more</li>}
        </ul>
      )}
    </div>
  );
}

/**
 * One page's drawing in roadmap units, scaled as a whole with CSS `zoom` (not a transform: page breaking works
 * on layout boxes, and an unzoomed layout taller than the page would split cards the transform had moved up).
 */
function RoadmapDrawing({ page }: { page: RoadmapPage }) {
  const byId = new Map(page.nodes.map((n) => [n.id, n]));
  return (
    <div className="roadmap-print__frame" style={{ width: page.width * page.scale, height: page.height * page.scale }}>
      <div className="roadmap-print__drawing" style={{ width: page.width, height: page.height, zoom: page.scale }}>
        <svg className="roadmap-print__grid" width={page.width} height={page.height} aria-hidden="true">
          {page.lanes.map((lane, i) => (
            <rect key={lane.key} x={0} y={lane.y} width={page.width} height={lane.height} fill={i % 2 ? '#ffffff' : '#f5f7fb'} />
          ))}
          {page.blackouts.map((b) => (
            <rect key={`${b.startsOn}-${b.endsOn}`} x={b.x} y={PRINT_CARD.headerHeight} width={b.width} height={page.height - PRINT_CARD.headerHeight} fill="#e9ecf1" />
          ))}
          {page.columns.map((c) => (
            <line key={c.key} x1={c.x} x2={c.x} y1={0} y2={page.height} stroke="#c3c9d2" strokeWidth={1} />
          ))}
          <line x1={0} x2={page.width} y1={PRINT_CARD.headerHeight} y2={PRINT_CARD.headerHeight} stroke="#8a94a6" strokeWidth={1.5} />
          <defs>
            <marker id="roadmap-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
              <path d="M0,0 L10,5 L0,10 z" fill="#5a6473" />
            </marker>
          </defs>
          {page.edges.map((e) => {
            const s = byId.get(e.source)!;
            const t = byId.get(e.target)!;
            const [sx, sy, tx, ty] = [s.x + s.width, s.y + s.height / 2, t.x, t.y + t.height / 2];
            const mid = (sx + tx) / 2;
            return <path key={e.id} d={`M${sx},${sy} C${mid},${sy} ${mid},${ty} ${tx},${ty}`} fill="none" stroke="#5a6473" strokeWidth={1.5} markerEnd="url(#roadmap-arrow)" />;
          })}
        </svg>
        {page.columns.map((c) => (
          <div key={c.key} className="roadmap-print__column" style={{ left: c.x, width: c.width, height: PRINT_CARD.headerHeight }}>
            <span className="print-strong">{c.label}</span>
            {c.range !== c.label && <span className="roadmap-print__range">{c.range}</span>}
          </div>
        ))}
        {page.blackouts.map((b) => (
          <div key={`${b.startsOn}-${b.endsOn}`} className="roadmap-print__blackout" style={{ left: b.x, top: PRINT_CARD.headerHeight + 2, width: Math.max(b.width, 120) }}>
            {b.label || 'No learning'}
          </div>
        ))}
        {page.lanes.map((lane) => (
          <div key={lane.key} className="roadmap-print__lane" style={{ top: lane.y, height: lane.height, width: PRINT_CARD.laneLabelWidth }}>
            {lane.label}
          </div>
        ))}
        {page.nodes.map((n) => (
          <RoadmapCard key={n.id} node={n} />
        ))}
      </div>
    </div>
  );
}

/**
 * The roadmap on at most two landscape pages: time left to right in month or quarter columns, a lane per skill
 * category, the courses and grouped milestones with the skills they raise (from → to). `layouts` are the same
 * plan by month and by quarter: the first that prints whole is drawn. Split only between columns, scaled so the smallest text prints at 7.2 pt or more; what does not fit is said on the page.
 */
export function RoadmapPages({ layouts, paper }: { layouts: readonly Roadmap[]; paper: Paper }) {
  const area = contentBox(paper, 'landscape');
  const minScale = MIN_TEXT_PT / (SMALLEST_FONT * PT_PER_PX);
  const chosen = choosePrintedRoadmap(layouts, { width: area.width, height: area.height - HEADING_PX }, { minScale, maxScale: MAX_SCALE });
  const pagination = chosen?.pagination;
  const count = pagination?.pages.length ?? 0;
  if (!pagination || count === 0) return null;
  const leftOut = pagination.leftOutColumns;
  return (
    <>
      {pagination.pages.map((page, i) => {
        const first = page.columns[0]!;
        const last = page.columns.at(-1)!;
        const dropped = pagination.leftOutLanes.find((l) => l.page === i)?.lanes ?? [];
        return (
          <section key={first.key} className="print-wide roadmap-print" aria-label={`Roadmap${count > 1 ? `, part ${i + 1}` : ''}`}>
            <h2>
              Roadmap
              <span className="print-muted">
                {' '}
                — {first.label === last.label ? first.label : `${first.label} to ${last.label}`}
                {count > 1 ? ` · part ${i + 1} of ${count}` : ''}
              </span>
            </h2>
            <p className="roadmap-print__legend">
              Lanes: skill categories. Chips: the skills a step raises, level from → to ({LEVEL_LEGEND}).
              {dropped.length > 0 && <strong> Not drawn here for want of room: {dropped.join(', ')}; those steps are in the schedule.</strong>}
              {i === count - 1 && leftOut.length > 0 && (
                <strong>
                  {' '}
                  Too long to draw readably on two pages: {leftOut[0]!.label} onwards is in the schedule.
                </strong>
              )}
            </p>
            <RoadmapDrawing page={page} />
          </section>
        );
      })}
    </>
  );
}
