/**
 * Sizes of the roadmap drawing, in the roadmap's own units (CSS pixels on the canvas at zoom 1; the PDF scales
 * them). The renderer draws nodes with these fonts and line heights, so the heights computed here fit the text.
 */
export const ROADMAP_GEOMETRY = {
  /** A margin on the left (lanes are named in a title row at the top of each lane, not in a column). */
  laneLabelWidth: 16,
  /** The lane's title row: its category's name, above its nodes. */
  laneTitleHeight: 24,
  /** The column headers' row on top. */
  headerHeight: 52,
  columnWidth: 300,
  nodeWidth: 264,
  /** Space above the first node of a lane-column, below the last, and between two stacked nodes. */
  lanePadding: 14,
  nodeGap: 14,
  minLaneHeight: 120,
  /** Node content: padding, the kind line, title lines, the dates line, one line per chip. */
  nodePadding: 10,
  kindLine: { font: 12, line: 16 },
  titleLine: { font: 15, line: 19, maxLines: 3, charsPerLine: 30 },
  metaLine: { font: 12, line: 16 },
  chipLine: { font: 13, line: 21 },
  /** At most this many chip lines: with more chips, the last line reads "+N more" (`shownChips`). */
  maxChips: 6,
} as const;

/** The smallest font a node uses: opening the canvas at zoom z shows it at this × z pixels. */
export const SMALLEST_NODE_FONT = Math.min(
  ROADMAP_GEOMETRY.kindLine.font,
  ROADMAP_GEOMETRY.titleLine.font,
  ROADMAP_GEOMETRY.metaLine.font,
  ROADMAP_GEOMETRY.chipLine.font,
);

/** Lines a title takes (an estimate from its length, at most `maxLines`; the renderer clamps to it). */
export function titleLines(title: string): number {
  const { charsPerLine, maxLines } = ROADMAP_GEOMETRY.titleLine;
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

/** How many chips a node shows, and how many the "+N more" line sums up (0: no such line). */
export function shownChips(chipCount: number): { shown: number; more: number } {
  const max = ROADMAP_GEOMETRY.maxChips;
  return chipCount > max ? { shown: max - 1, more: chipCount - (max - 1) } : { shown: chipCount, more: 0 };
}

/** The height of a node with this title and this many chips. */
export function nodeHeight(title: string, chipCount: number): number {
  const g = ROADMAP_GEOMETRY;
  const lines = Math.min(chipCount, g.maxChips);
  return g.nodePadding * 2 + g.kindLine.line + titleLines(title) * g.titleLine.line + g.metaLine.line + lines * g.chipLine.line + (chipCount > 0 ? 4 : 0);
}
