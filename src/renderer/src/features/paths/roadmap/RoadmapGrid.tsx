import { useStore, ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import type { Roadmap } from '../../../../../shared/roadmap';

/** Columns, lane rows and blackout bands, drawn in the roadmap's own units under the nodes. */
export const RoadmapGrid = memo(function RoadmapGrid({ roadmap }: { roadmap: Roadmap }) {
  const { width, height } = roadmap;
  return (
    <ViewportPortal>
      <svg className="roadmap-grid" width={width} height={height} aria-hidden="true">
        {roadmap.lanes.map((lane, i) => (
          <rect key={lane.key} x={0} y={lane.y} width={width} height={lane.height} className={i % 2 ? 'roadmap-grid__lane roadmap-grid__lane--odd' : 'roadmap-grid__lane'} />
        ))}
        {roadmap.blackouts.map((b) => (
          <rect key={`${b.startsOn}-${b.endsOn}`} x={b.x} y={0} width={b.width} height={height} className="roadmap-grid__blackout">
            <title>{`${b.label || 'Blackout'}: ${b.startsOn} to ${b.endsOn}`}</title>
          </rect>
        ))}
        {roadmap.columns.map((c) => (
          <line key={c.key} x1={c.x} x2={c.x} y1={0} y2={height} className="roadmap-grid__column" />
        ))}
        {roadmap.lanes.map((lane) => (
          <text key={lane.key} x={roadmap.columns[0]!.x + 8} y={lane.y + 17} className="roadmap-grid__lane-label">
            {lane.label}
          </text>
        ))}
      </svg>
    </ViewportPortal>
  );
});

const transformSelector = (s: { transform: [number, number, number] }) => s.transform;

/**
 * The column headers, kept at the top of the canvas at a fixed size whatever the zoom, so the time axis is always
 * readable; blackout periods are marked in the header too.
 */
export function RoadmapHeaders({ roadmap }: { roadmap: Roadmap }) {
  const [tx, , zoom] = useStore(transformSelector);
  return (
    <div className="roadmap-headers" aria-hidden="true">
      {roadmap.columns.map((c) => (
        <div key={c.key} className="roadmap-headers__cell" style={{ left: c.x * zoom + tx, width: c.width * zoom }}>
          <span className="roadmap-headers__label">{c.label}</span>
          {c.range !== c.label && <span className="roadmap-headers__range">{c.range}</span>}
        </div>
      ))}
      {roadmap.blackouts.map((b) => (
        <div key={`${b.startsOn}-${b.endsOn}`} className="roadmap-headers__blackout" style={{ left: b.x * zoom + tx, width: Math.max(2, b.width * zoom) }} title={b.label || 'Blackout'} />
      ))}
    </div>
  );
}
