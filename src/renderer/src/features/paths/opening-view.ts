import type { Viewport } from '@xyflow/react';

/** The smallest zoom the full graph opens at: its shape and titles still read. */
export const SMALLEST_OPENING_ZOOM = 0.3;
/** Room for the last node's own size beyond the positions (nodes are not measured before they are drawn). */
const NODE_ALLOWANCE = { width: 260, height: 130 };
const CORNER_MARGIN = 24;

export interface OpeningView {
  /** Where React Flow starts: no frame is drawn at another zoom first. */
  viewport: Viewport;
  /** The whole plan fits at the smallest opening zoom or more: fit it to the pane once its nodes are measured. */
  fits: boolean;
}

/**
 * The full graph's opening view, worked out from the nodes' positions and the pane's size before React Flow
 * draws anything. A plan that fits at a zoom where its shape still reads is fitted to the pane; a bigger one opens
 * at its top-left corner (the earliest steps) at that zoom, with the minimap showing the rest.
 */
export function openingView(positions: readonly { x: number; y: number }[], pane: { width: number; height: number }): OpeningView {
  if (positions.length === 0 || pane.width <= 0 || pane.height <= 0) return { viewport: { x: 0, y: 0, zoom: 1 }, fits: false };
  const xs = positions.map((p) => p.x);
  const ys = positions.map((p) => p.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const width = Math.max(...xs) - minX + NODE_ALLOWANCE.width;
  const height = Math.max(...ys) - minY + NODE_ALLOWANCE.height;
  const zoomToFit = Math.min(pane.width / width, pane.height / height);
  if (zoomToFit >= SMALLEST_OPENING_ZOOM) {
    // Close to the fitted view (refined once measured), so the first frame is already the right picture.
    const zoom = Math.min(1, zoomToFit * 0.9);
    return { viewport: { x: (pane.width - width * zoom) / 2 - minX * zoom, y: (pane.height - height * zoom) / 2 - minY * zoom, zoom }, fits: true };
  }
  const zoom = SMALLEST_OPENING_ZOOM;
  return { viewport: { x: CORNER_MARGIN - minX * zoom, y: CORNER_MARGIN - minY * zoom, zoom }, fits: false };
}
