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
  titleLine: { font: 15, line: 19, maxLines: 3, charsPerLine: 24 },
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

/**
 * A title broken into the lines a node shows (by words, `charsPerLine` at most unless one word is longer, at most
 * `maxLines`, the last one ending in "…" when the title is cut). The SVG export draws these lines; the canvas
 * clamps to the same count.
 */
export function titleLineBreaks(title: string, maxLines: number = ROADMAP_GEOMETRY.titleLine.maxLines): string[] {
  const { charsPerLine } = ROADMAP_GEOMETRY.titleLine;
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= charsPerLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length === 0) return [''];
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, charsPerLine - 1)}…`;
  return kept;
}

/** Lines a title takes (at most `maxLines`). */
export function titleLines(title: string, maxLines?: number): number {
  return titleLineBreaks(title, maxLines).length;
}

/** How many chips a node shows, and how many the "+N more" line sums up (0: no such line). */
export function shownChips(chipCount: number): { shown: number; more: number } {
  const max = ROADMAP_GEOMETRY.maxChips;
  return chipCount > max ? { shown: max - 1, more: chipCount - (max - 1) } : { shown: chipCount, more: 0 };
}

/** The height of a node with this title (at most `maxLines` of it) and this many chips. */
export function nodeHeight(title: string, chipCount: number, maxLines?: number): number {
  const g = ROADMAP_GEOMETRY;
  const lines = Math.min(chipCount, g.maxChips);
  return g.nodePadding * 2 + g.kindLine.line + titleLines(title, maxLines) * g.titleLine.line + g.metaLine.line + lines * g.chipLine.line + (chipCount > 0 ? 4 : 0);
}
