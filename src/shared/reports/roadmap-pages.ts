import type { Roadmap, RoadmapBand, RoadmapColumn, RoadmapEdge, RoadmapLane, RoadmapNode } from '../roadmap/types';

/** One printed page of the roadmap: some of its time columns, only the lanes with a step in them. */
export interface RoadmapPage {
  /** The columns on this page, moved to follow the lane labels. */
  columns: RoadmapColumn[];
  /** The lanes with a step on this page, as tall as their steps here need, stacked from the header down. */
  lanes: RoadmapLane[];
  /** The page's steps, moved with their column and lane (same sizes). */
  nodes: RoadmapNode[];
  /** "Must come before" links whose both ends are on this page. */
  edges: RoadmapEdge[];
  blackouts: RoadmapBand[];
  /** The drawing's size in roadmap units, and the scale it prints at (printed size = units × scale). */
  width: number;
  height: number;
  scale: number;
}

export interface RoadmapPagination {
  pages: RoadmapPage[];
  /** Columns no page could hold at the smallest readable scale (their steps are in the schedule). */
  leftOutColumns: RoadmapColumn[];
  /** Lanes left off a page because even one column was too tall at that scale: page index → lane labels. */
  leftOutLanes: { page: number; lanes: string[] }[];
}

/**
 * The printed card of a step, in roadmap units: denser than the canvas's (one line for kind and dates, every
 * line 12 to 13 units high so it prints at the same smallest size, at most `maxChips` chip lines).
 */
export const PRINT_CARD = {
  /** The lane names' column on the left of each page. */
  laneLabelWidth: 150,
  /** The column headers' row (label and months) on top of each page. */
  headerHeight: 40,
  padding: 6,
  metaLine: { font: 12, line: 15 },
  titleLine: { font: 13, line: 16, maxLines: 2, charsPerLine: 26 },
  chipLine: { font: 12, line: 16 },
  /** At most this many chip lines; with more chips the last reads "+N more". */
  maxChips: 3,
  gap: 8,
  lanePadding: 8,
  minLaneHeight: 64,
} as const;

/** Title lines a printed card gives `title` (words wrapped at `charsPerLine`, at most `maxLines`). */
export function printTitleLines(title: string): number {
  const { charsPerLine, maxLines } = PRINT_CARD.titleLine;
  let lines = 1;
  let used = 0;
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need > charsPerLine && used > 0) {
      lines++;
      used = word.length;
    } else used = need;
  }
  return Math.min(maxLines, lines);
}

/** Chips a printed card shows and how many its "+N more" line sums up. */
export function printChips(count: number): { shown: number; more: number } {
  return count > PRINT_CARD.maxChips ? { shown: PRINT_CARD.maxChips - 1, more: count - PRINT_CARD.maxChips + 1 } : { shown: count, more: 0 };
}

/** A printed card's height for its title and chips. */
export function printCardHeight(node: Pick<RoadmapNode, 'title' | 'chips'>): number {
  const c = PRINT_CARD;
  const chipLines = Math.min(node.chips.length, c.maxChips);
  return 2 * c.padding + c.metaLine.line + printTitleLines(node.title) * c.titleLine.line + chipLines * c.chipLine.line + (chipLines ? 2 : 0);
}

/**
 * The lanes to draw when not all fit in `room`: those holding the most steps (then the least height), found by
 * trying every choice while there are few lanes, else the fullest lanes for their height first; in lane order.
 */
function lanesThatFit<T extends { placed: readonly unknown[]; height: number }>(lanes: readonly T[], room: number): T[] {
  const total = (set: readonly T[]) => set.reduce((h, l) => h + l.height, 0);
  if (total(lanes) <= room) return [...lanes];
  let best: { set: T[]; steps: number; height: number } = { set: [], steps: 0, height: 0 };
  const consider = (set: T[]) => {
    const height = total(set);
    const steps = set.reduce((n, l) => n + l.placed.length, 0);
    if (height <= room && (steps > best.steps || (steps === best.steps && height < best.height))) best = { set, steps, height };
  };
  if (lanes.length <= 14) {
    for (let mask = 1; mask < 1 << lanes.length; mask++) consider(lanes.filter((_, i) => mask & (1 << i)));
  } else {
    const chosen = new Set<T>();
    for (const l of [...lanes].sort((a, b) => b.placed.length / b.height - a.placed.length / a.height)) {
      if (total([...chosen, l]) <= room) chosen.add(l);
    }
    consider(lanes.filter((l) => chosen.has(l)));
  }
  return best.set;
}

/**
 * The page of a contiguous run of columns. Steps keep their lane, column and order from the layout; each lane
 * and column re-stacks them as printed cards, and a lane is as tall as its fullest column on this page.
 */
export function roadmapPage(roadmap: Roadmap, columns: readonly RoadmapColumn[], laneLimit?: number): RoadmapPage & { droppedLanes: string[] } {
  const keys = new Set(columns.map((c) => c.key));
  const shift = columns.length ? columns[0]!.x - PRINT_CARD.laneLabelWidth : 0;
  const onPage = roadmap.nodes.filter((n) => keys.has(n.column));
  // Each lane's cards, stacked per column from the lane's top (0), and the lane's height.
  const stacked = roadmap.lanes
    .map((lane) => {
      const own = onPage.filter((n) => n.lane === lane.key);
      const placed: RoadmapNode[] = [];
      let height: number = PRINT_CARD.minLaneHeight;
      for (const column of columns) {
        let dy = PRINT_CARD.lanePadding;
        for (const n of own.filter((m) => m.column === column.key).sort((a, b) => a.y - b.y || a.id.localeCompare(b.id))) {
          const h = printCardHeight(n);
          placed.push({ ...n, x: n.x - shift, y: dy, height: h });
          dy += h + PRINT_CARD.gap;
        }
        height = Math.max(height, dy - PRINT_CARD.gap + PRINT_CARD.lanePadding);
      }
      return { lane, placed, height };
    })
    .filter((l) => l.placed.length > 0);
  const kept = laneLimit === undefined ? stacked : lanesThatFit(stacked, laneLimit - PRINT_CARD.headerHeight);
  const lanes: RoadmapLane[] = [];
  const nodes: RoadmapNode[] = [];
  let y = PRINT_CARD.headerHeight;
  for (const l of kept) {
    lanes.push({ ...l.lane, y, height: l.height });
    nodes.push(...l.placed.map((n) => ({ ...n, y: n.y + y })));
    y += l.height;
  }
  const droppedLanes = stacked.filter((l) => !kept.includes(l)).map((l) => l.lane.label);
  const ids = new Set(nodes.map((n) => n.id));
  const last = columns.at(-1);
  const right = last ? last.x + last.width : shift;
  const left = columns[0]?.x ?? shift;
  return {
    columns: columns.map((c) => ({ ...c, x: c.x - shift })),
    lanes,
    nodes,
    edges: roadmap.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    blackouts: roadmap.blackouts
      .filter((b) => b.x < right && b.x + b.width > left)
      .map((b) => {
        const x = Math.max(b.x, left);
        return { ...b, x: x - shift, width: Math.min(b.x + b.width, right) - x };
      }),
    width: right - shift,
    height: Math.max(y, PRINT_CARD.headerHeight + PRINT_CARD.minLaneHeight),
    scale: 1,
    droppedLanes,
  };
}

const fitScale = (page: { width: number; height: number }, area: { width: number; height: number }, maxScale: number) =>
  Math.min(maxScale, area.width / page.width, area.height / page.height);

function finish(page: RoadmapPage & { droppedLanes?: string[] }, area: { width: number; height: number }, maxScale: number): RoadmapPage {
  const { droppedLanes: _dropped, ...rest } = page;
  return { ...rest, scale: fitScale(page, area, maxScale) };
}

/**
 * How to print a roadmap on at most `maxPages` landscape pages with its smallest text at `minScale` or more:
 * on one page when it fits; else split into runs of whole time columns, choosing the split whose smaller scale is
 * largest. When even that is below `minScale`, each page takes as many whole columns (and lanes) as fit at
 * `minScale` and the rest is reported as left out. A node is never cut: pages break only between columns and
 * between lanes. Pure: the print view and its tests share it.
 */
export function paginateRoadmap(
  roadmap: Roadmap,
  area: { width: number; height: number },
  { minScale, maxScale = 1, maxPages = 2 }: { minScale: number; maxScale?: number; maxPages?: number },
): RoadmapPagination {
  const columns = roadmap.columns;
  if (roadmap.nodes.length === 0 || columns.length === 0) return { pages: [], leftOutColumns: [], leftOutLanes: [] };

  const whole = roadmapPage(roadmap, columns);
  if (fitScale(whole, area, maxScale) >= minScale) return { pages: [finish(whole, area, maxScale)], leftOutColumns: [], leftOutLanes: [] };

  if (maxPages >= 2) {
    let best: { pages: RoadmapPage[]; worst: number } | null = null;
    for (let i = 1; i < columns.length; i++) {
      const parts = [roadmapPage(roadmap, columns.slice(0, i)), roadmapPage(roadmap, columns.slice(i))];
      const worst = Math.min(...parts.map((p) => fitScale(p, area, maxScale)));
      if (!best || worst > best.worst) best = { pages: parts.map((p) => finish(p, area, maxScale)), worst };
    }
    if (best && best.worst >= minScale) return { pages: best.pages, leftOutColumns: [], leftOutLanes: [] };
  }

  // Too large for `maxPages` pages at a readable size. Two pages whose columns fit across at `minScale`, split
  // where the fewest steps are left off for want of height; else as many whole columns a page as fit.
  const maxWidth = area.width / minScale;
  const maxHeight = area.height / minScale;
  const atMin = (run: readonly RoadmapColumn[]) => roadmapPage(roadmap, run, maxHeight);
  let chosen: ReturnType<typeof atMin>[] | null = null;
  if (maxPages >= 2) {
    let fewest = Number.POSITIVE_INFINITY;
    for (let i = 1; i < columns.length; i++) {
      const parts = [atMin(columns.slice(0, i)), atMin(columns.slice(i))];
      if (parts.some((p) => p.width > maxWidth)) continue;
      const missing = roadmap.nodes.length - parts.reduce((n, p) => n + p.nodes.length, 0);
      if (missing < fewest) [fewest, chosen] = [missing, parts];
    }
  }
  let next = columns.length;
  if (!chosen) {
    chosen = [];
    next = 0;
    while (chosen.length < maxPages && next < columns.length) {
      let end = next + 1;
      while (end < columns.length && roadmapPage(roadmap, columns.slice(next, end + 1)).width <= maxWidth) end++;
      chosen.push(atMin(columns.slice(next, end)));
      next = end;
    }
  }
  return {
    pages: chosen.map((p) => finish(p, area, maxScale)),
    leftOutColumns: columns.slice(next),
    leftOutLanes: chosen.map((p, page) => ({ page, lanes: p.droppedLanes })).filter((l) => l.lanes.length > 0),
  };
}

/** Steps a pagination leaves off (columns or lanes it could not draw readably). */
export function stepsLeftOut(roadmap: Roadmap, pagination: RoadmapPagination): number {
  return roadmap.nodes.length - pagination.pages.reduce((n, p) => n + p.nodes.length, 0);
}

/**
 * The first of several layouts of the same plan (month columns, then quarter columns) that prints whole;
 * when none does, the one that leaves the fewest steps off (the earlier one on a tie).
 */
export function choosePrintedRoadmap(
  candidates: readonly Roadmap[],
  area: { width: number; height: number },
  options: { minScale: number; maxScale?: number; maxPages?: number },
): { roadmap: Roadmap; pagination: RoadmapPagination } | null {
  let best: { roadmap: Roadmap; pagination: RoadmapPagination; missing: number } | null = null;
  for (const roadmap of candidates) {
    const pagination = paginateRoadmap(roadmap, area, options);
    const missing = stepsLeftOut(roadmap, pagination);
    if (missing === 0) return { roadmap, pagination };
    if (!best || missing < best.missing) best = { roadmap, pagination, missing };
  }
  return best && { roadmap: best.roadmap, pagination: best.pagination };
}
