/** A drawn box of the graph: a node at its top-left position with its size. */
export interface GraphBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphPage {
  /** The part of the graph this page shows, in graph units (an SVG viewBox). */
  viewBox: { x: number; y: number; width: number; height: number };
  /** Which tile this is, for the caption: row and column from 1. */
  row: number;
  column: number;
}

export interface GraphPagination {
  /** Printed size of one graph unit; the labels' printed size is their font size × scale. */
  scale: number;
  pages: GraphPage[];
  rows: number;
  columns: number;
}

/**
 * How to print a graph so every label stays readable: on one page, shrunk to fit, when that keeps its labels
 * at `minScale` or more; otherwise at `minScale` across several pages, tiles overlapping by `overlap` graph
 * units so a node cut at one page's edge is whole on the next. Pure: the print view and the tests share it.
 */
export function paginateGraph(
  boxes: readonly GraphBox[],
  area: { width: number; height: number },
  { minScale, maxScale = 1, margin = 16, overlap = 260 }: { minScale: number; maxScale?: number; margin?: number; overlap?: number },
): GraphPagination {
  if (boxes.length === 0) return { scale: maxScale, pages: [], rows: 0, columns: 0 };
  const left = Math.min(...boxes.map((b) => b.x)) - margin;
  const top = Math.min(...boxes.map((b) => b.y)) - margin;
  const width = Math.max(...boxes.map((b) => b.x + b.width)) + margin - left;
  const height = Math.max(...boxes.map((b) => b.y + b.height)) + margin - top;

  const fit = Math.min(maxScale, area.width / width, area.height / height);
  if (fit >= minScale) {
    return { scale: fit, rows: 1, columns: 1, pages: [{ viewBox: { x: left, y: top, width, height }, row: 1, column: 1 }] };
  }
  const tileWidth = area.width / minScale;
  const tileHeight = area.height / minScale;
  const spans = (total: number, tile: number) => {
    if (total <= tile) return [0];
    const step = Math.max(tile - overlap, tile / 2);
    const starts: number[] = [];
    for (let s = 0; s + tile < total; s += step) starts.push(s);
    starts.push(total - tile);
    return starts;
  };
  const xs = spans(width, tileWidth);
  const ys = spans(height, tileHeight);
  const pages: GraphPage[] = [];
  ys.forEach((y, r) =>
    xs.forEach((x, c) => {
      const w = Math.min(tileWidth, width);
      const h = Math.min(tileHeight, height);
      const viewBox = { x: left + x, y: top + y, width: w, height: h };
      // Leave out tiles with nothing on them (a sparse graph).
      if (boxes.some((b) => b.x < viewBox.x + w && b.x + b.width > viewBox.x && b.y < viewBox.y + h && b.y + b.height > viewBox.y)) {
        pages.push({ viewBox, row: r + 1, column: c + 1 });
      }
    }),
  );
  return { scale: minScale, pages, rows: ys.length, columns: xs.length };
}
