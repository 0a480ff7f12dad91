import { blackoutBands } from '../roadmap/columns';
import type { Roadmap, RoadmapBand, RoadmapChip, RoadmapColumn, RoadmapEdge, RoadmapLane, RoadmapNode } from '../roadmap/types';

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
 * The printed card of a step, in roadmap units (CSS px at scale 1): denser than the canvas's. The title on at most
 * two lines, one line for dates and status, the skills raised packed several to a line as "Skill 1→3". Every font
 * is 12 or 13 units, so the whole drawing prints at one smallest size. Text is broken into lines here (widths
 * estimated from DejaVu Sans, a little wide on purpose), so a card's height is known before it is drawn.
 */
export const PRINT_CARD = {
  /** The lane names' column on the left of each page. */
  laneLabelWidth: 140,
  laneLabel: { font: 13, line: 16, padding: 6 },
  /** The column headers' row (label and range) on top of each page. */
  headerHeight: 46,
  /** A column holding steps, and the card in it; a column with none on the page is narrowed. */
  columnWidth: 226,
  emptyColumnWidth: 84,
  cardWidth: 212,
  /** Inside the card: vertical and horizontal padding, and its border (both sides together). */
  padding: 4,
  paddingX: 6,
  border: 3,
  metaLine: { font: 12, line: 14 },
  titleLine: { font: 13, line: 16, maxLines: 2 },
  chipLine: { font: 12, line: 15 },
  /** Space between two chips on a line. */
  chipGap: 10,
  /** At most this many chip lines; with more chips the last ends with "+N more". */
  maxChipLines: 4,
  gap: 6,
  lanePadding: 6,
  minLaneHeight: 44,
} as const;

/** Estimated advance of a DejaVu Sans character, in ems (regular and bold), rounded up. */
const EM_PER_CHAR = { regular: 0.62, bold: 0.66 } as const;
const textWidth = (text: string, font: number, bold = false) => text.length * font * EM_PER_CHAR[bold ? 'bold' : 'regular'];
const CARD_INNER = PRINT_CARD.cardWidth - 2 * PRINT_CARD.paddingX - PRINT_CARD.border;

/** Words wrapped into lines no wider than `width`; a word wider than a line gets a line of its own. */
function wrapWords(text: string, width: number, font: number, bold: boolean): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, font, bold) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}

/**
 * A printed card's title lines: wrapped to the card, at most two; a longer title's rest goes on the second line,
 * which the card ends with an ellipsis (the schedule prints every title whole).
 */
export function printTitleLines(title: string): string[] {
  const { font, maxLines } = PRINT_CARD.titleLine;
  const lines = wrapWords(title, CARD_INNER, font, true);
  return lines.length <= maxLines ? lines : [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(' ')];
}

/** A chip as printed: the skill's name and its levels ("1→3"), or the "+N more" that ends the last line. */
export interface PrintChip {
  name: string;
  levels: string;
  more: boolean;
}

const chipText = (chip: PrintChip) => (chip.levels ? `${chip.name} ${chip.levels}` : chip.name);

/**
 * A card's chips packed into lines, several to a line where they fit, at most `maxChipLines`; when they do not
 * all fit, the last line ends with "+N more" for the rest. A chip wider than a line has it alone (its name then
 * ends in an ellipsis on the card; the levels always show).
 */
export function printChipLines(chips: readonly Pick<RoadmapChip, 'name' | 'from' | 'to'>[]): PrintChip[][] {
  const { font } = PRINT_CARD.chipLine;
  const width = (line: readonly PrintChip[]) => line.reduce((w, c, i) => w + textWidth(chipText(c), font) + (i ? PRINT_CARD.chipGap : 0), 0);
  const lines: PrintChip[][] = [];
  for (const chip of chips.map((c) => ({ name: c.name, levels: `${c.from}→${c.to}`, more: false }))) {
    const last = lines.at(-1);
    if (last && width([...last, chip]) <= CARD_INNER) last.push(chip);
    else lines.push([chip]);
  }
  if (lines.length <= PRINT_CARD.maxChipLines) return lines;
  const kept = lines.slice(0, PRINT_CARD.maxChipLines);
  const last = kept.at(-1)!;
  const more = (): PrintChip => ({ name: `+${chips.length - kept.reduce((n, l) => n + l.length, 0)} more`, levels: '', more: true });
  while (last.length > 0 && width([...last, more()]) > CARD_INNER) last.pop();
  last.push(more());
  return kept;
}

/** A printed card's height for its title and chips. */
export function printCardHeight(node: Pick<RoadmapNode, 'title' | 'chips'>): number {
  const c = PRINT_CARD;
  const chipLines = printChipLines(node.chips).length;
  return 2 * c.padding + c.border + c.metaLine.line + printTitleLines(node.title).length * c.titleLine.line + chipLines * c.chipLine.line + (chipLines ? 2 : 0);
}

/** A lane name's lines in the lane column. */
export function printLaneLabelLines(label: string): string[] {
  const { font, padding } = PRINT_CARD.laneLabel;
  return wrapWords(label, PRINT_CARD.laneLabelWidth - 2 * padding, font, true);
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
 * The page of a contiguous run of columns. Columns are laid out afresh after the lane labels: as wide as a card
 * where the page has a step in them, narrow where it has none. Steps keep their lane, column and order from the
 * layout; each lane and column re-stacks them as printed cards, and a lane is as tall as its fullest column on
 * this page (at least as tall as its name). `onlyLanes` limits the page to those lanes (a split between lanes).
 */
export function roadmapPage(
  roadmap: Roadmap,
  columns: readonly RoadmapColumn[],
  laneLimit?: number,
  onlyLanes?: ReadonlySet<string>,
): RoadmapPage & { droppedLanes: string[] } {
  const keys = new Set(columns.map((c) => c.key));
  const onPage = roadmap.nodes.filter((n) => keys.has(n.column) && (!onlyLanes || onlyLanes.has(n.lane)));
  const used = new Set(onPage.map((n) => n.column));
  const placedColumns: RoadmapColumn[] = [];
  let x: number = PRINT_CARD.laneLabelWidth;
  for (const c of columns) {
    const width = used.has(c.key) ? PRINT_CARD.columnWidth : PRINT_CARD.emptyColumnWidth;
    placedColumns.push({ ...c, x, width, nodeIds: c.nodeIds.filter((id) => onPage.some((n) => n.id === id)) });
    x += width;
  }
  const columnX = new Map(placedColumns.map((c) => [c.key, c.x]));
  const inset = (PRINT_CARD.columnWidth - PRINT_CARD.cardWidth) / 2;
  // Each lane's cards, stacked per column from the lane's top (0), and the lane's height.
  const stacked = roadmap.lanes
    .map((lane) => {
      const own = onPage.filter((n) => n.lane === lane.key);
      const placed: RoadmapNode[] = [];
      const { line, padding } = PRINT_CARD.laneLabel;
      let height: number = Math.max(PRINT_CARD.minLaneHeight, printLaneLabelLines(lane.label).length * line + 2 * padding);
      for (const column of columns) {
        let dy = PRINT_CARD.lanePadding;
        for (const n of own.filter((m) => m.column === column.key).sort((a, b) => a.y - b.y || a.id.localeCompare(b.id))) {
          const h = printCardHeight(n);
          placed.push({ ...n, x: columnX.get(column.key)! + inset, y: dy, width: PRINT_CARD.cardWidth, height: h });
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
  return {
    columns: placedColumns,
    lanes,
    nodes,
    edges: roadmap.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    blackouts: blackoutBands(placedColumns, roadmap.blackouts),
    width: x,
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
 * largest, either between columns (each page a run of them) or between lanes (each page every column and a run of
 * the lanes). When even that is below `minScale`, each page takes as many whole columns (and lanes) as fit at
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
    // Or every column on both pages, the lanes split between them (in their order).
    const laneKeys = roadmap.lanes.map((l) => l.key).filter((key) => roadmap.nodes.some((n) => n.lane === key));
    for (let i = 1; i < laneKeys.length; i++) {
      const parts = [new Set(laneKeys.slice(0, i)), new Set(laneKeys.slice(i))].map((only) => roadmapPage(roadmap, columns, undefined, only));
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

/** Every column and every lane drawn (none named as left out). */
export const isWhole = (pagination: RoadmapPagination) => pagination.leftOutColumns.length === 0 && pagination.leftOutLanes.length === 0;

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
    if (isWhole(pagination)) return { roadmap, pagination };
    if (!best || missing < best.missing) best = { roadmap, pagination, missing };
  }
  return best && { roadmap: best.roadmap, pagination: best.pagination };
}
