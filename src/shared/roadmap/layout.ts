import { blackoutBands, chooseGranularity, timeColumns, UNSCHEDULED_COLUMN } from './columns';
import { ROADMAP_GEOMETRY as G, nodeHeight, titleLineBreaks } from './geometry';
import { OTHER_LANE, roadmapLinks, roadmapSteps } from './steps';
import type { Roadmap, RoadmapInput, RoadmapLane, RoadmapNode } from './types';

const OTHER_LABEL = 'Other';

/**
 * Lays a plan out as a roadmap (see `index.ts` for the whole API). Pure and deterministic: the same input (in
 * any order of nodes and edges) gives the same roadmap.
 *
 * - Columns: from the plan's first day (or an earlier dated step) to its last step's end, by month when that
 *   spans at most `MONTHS_FOR_MONTH_COLUMNS` calendar months, else by quarter; steps without dates go in a last
 *   "Not scheduled" column. A step sits in the column of its start day.
 * - Lanes: one per skill category that has a step, in the order their first step starts (ties: the catalog's
 *   category order, "Other" last), so the roadmap reads from top left to bottom right.
 * - In each lane and column the steps stack top to bottom in schedule order (start, end, id); a lane is as tall
 *   as its fullest column. A pinned step keeps its position and takes no room in the stack.
 */
export function layoutRoadmap(input: RoadmapInput): Roadmap {
  const dated = input.nodes
    .filter((n) => n.kind === 'course' || n.kind === 'milestone')
    .map((n) => input.dates.get(n.id))
    .filter((d): d is { start: string; end: string | null } => !!d?.start);
  const first = [input.startDate, ...dated.map((d) => d.start)].sort()[0]!;
  const last = [input.startDate, ...dated.map((d) => d.end ?? d.start)].sort().at(-1)!;
  const granularity = chooseGranularity(first, last, input.granularity);
  const steps = roadmapSteps(input, granularity);
  const columns = timeColumns(first, last, granularity, steps.some((s) => s.column === UNSCHEDULED_COLUMN));
  const columnByKey = new Map(columns.map((c) => [c.key, c]));

  // Lanes in the order their first step starts, so the roadmap reads from top left to bottom right and opens on
  // the first weeks' steps; ties in the catalog's category order.
  const firstStart = new Map<string, string>();
  for (const s of steps) {
    const start = s.start ?? '9999-12-31';
    if (!firstStart.has(s.lane) || start < firstStart.get(s.lane)!) firstStart.set(s.lane, start);
  }
  const laneKeys = [...firstStart.keys()];
  const categoryRank = new Map([...input.catalog.categories.keys()].map((id, i) => [id, i]));
  const laneRank = (k: string) => (k === OTHER_LANE ? Number.MAX_SAFE_INTEGER : (categoryRank.get(k) ?? Number.MAX_SAFE_INTEGER - 1));
  laneKeys.sort((a, b) => firstStart.get(a)!.localeCompare(firstStart.get(b)!) || laneRank(a) - laneRank(b) || a.localeCompare(b));

  const pinned = input.pinned ?? new Map<string, { x: number; y: number }>();
  // Stack each lane-column's unpinned steps; steps already come in schedule order.
  const stacks = new Map<string, { id: string; height: number }[]>();
  const heights = new Map(steps.map((s) => [s.id, nodeHeight(s.title, s.chips.length, input.titleMaxLines)]));
  for (const s of steps) {
    if (pinned.has(s.id)) continue;
    const key = `${s.lane}\u0000${s.column}`;
    stacks.set(key, [...(stacks.get(key) ?? []), { id: s.id, height: heights.get(s.id)! }]);
    columnByKey.get(s.column)!.nodeIds.push(s.id);
  }
  const stackHeight = (items: readonly { height: number }[]) =>
    G.laneTitleHeight + items.reduce((sum, i) => sum + i.height, 0) + Math.max(0, items.length - 1) * G.nodeGap + 2 * G.lanePadding;

  const lanes: RoadmapLane[] = [];
  const offsetInLane = new Map<string, { lane: string; dy: number }>();
  let y = G.headerHeight;
  for (const key of laneKeys) {
    let height: number = G.minLaneHeight;
    for (const c of columns) {
      const items = stacks.get(`${key}\u0000${c.key}`) ?? [];
      height = Math.max(height, stackHeight(items));
      let dy = G.laneTitleHeight + G.lanePadding;
      for (const item of items) {
        offsetInLane.set(item.id, { lane: key, dy });
        dy += item.height + G.nodeGap;
      }
    }
    const label = key === OTHER_LANE ? OTHER_LABEL : (input.catalog.categories.get(key) ?? key);
    lanes.push({ key, label, y, height });
    y += height;
  }
  const laneY = new Map(lanes.map((l) => [l.key, l.y]));

  const nodes: RoadmapNode[] = steps.map((s) => {
    const hand = pinned.get(s.id);
    const column = columnByKey.get(s.column)!;
    const position = hand ?? { x: column.x + (G.columnWidth - G.nodeWidth) / 2, y: laneY.get(s.lane)! + offsetInLane.get(s.id)!.dy };
    const titleLines = titleLineBreaks(s.title, input.titleMaxLines);
    return { ...s, titleLines, x: position.x, y: position.y, width: G.nodeWidth, height: heights.get(s.id)!, pinned: !!hand };
  });
  nodes.sort((a, b) => a.x - b.x || a.y - b.y || a.id.localeCompare(b.id));

  const edges = roadmapLinks(input, steps).map((l) => ({ id: `${l.source}->${l.target}`, ...l }));
  const lastColumn = columns.at(-1)!;
  const width = Math.max(lastColumn.x + lastColumn.width, ...nodes.map((n) => n.x + n.width + G.lanePadding));
  const height = Math.max(y, G.headerHeight + G.minLaneHeight, ...nodes.map((n) => n.y + n.height + G.lanePadding));
  return { granularity, columns, lanes, nodes, edges, blackouts: blackoutBands(columns, input.blackouts ?? []), width, height };
}
