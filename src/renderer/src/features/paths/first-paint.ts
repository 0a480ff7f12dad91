import { useStoreApi } from '@xyflow/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';

/**
 * The plan canvas's first screen comes before everything else in the editor: the timeline under the fold, the
 * palette's lists, the details panel and the minimaps render the moment after it is on the display, instead of
 * making it wait (issue 14: a 500-node plan opens as fast as bare React Flow draws it).
 */
export interface FirstPaint {
  /** True once the canvas showed its first nodes (or had none to show). */
  shown: boolean;
  canvasShown(): void;
}

/** Outside the editor there is nothing to wait for. */
export const FirstPaintContext = createContext<FirstPaint>({ shown: true, canvasShown: () => {} });

/** If the canvas never measures a node (all out of view), the panels still come after this long. */
const LONGEST_WAIT_MS = 5000;

/** The editor's side: `nothingToDraw` (no plan, or an empty one) shows the panels at once. */
export function useFirstPaint(nothingToDraw: boolean): FirstPaint {
  const [shown, setShown] = useState(nothingToDraw);
  const canvasShown = useCallback(() => setShown(true), []);
  return useMemo(() => ({ shown, canvasShown }), [shown, canvasShown]);
}

/**
 * A canvas's side, under its ReactFlowProvider: React Flow shows a node once it has measured it, so the first
 * measured node marks the first screen; two frames later it is on the display and the canvas says so. A canvas
 * with no nodes says so at once. Returns whether the first screen is shown (for the canvas's own minimap).
 */
export function useReportFirstPaint(nodeCount: number): boolean {
  const { shown, canvasShown } = useContext(FirstPaintContext);
  const store = useStoreApi();
  useEffect(() => {
    if (shown) return;
    if (nodeCount === 0) return canvasShown();
    let frame = 0;
    let stop: (() => void) | null = null;
    const measured = () => {
      for (const node of store.getState().nodeLookup.values()) if (node.measured.width !== undefined) return true;
      return false;
    };
    const reveal = () => {
      stop?.();
      stop = null;
      clearTimeout(timer);
      frame = requestAnimationFrame(() => (frame = requestAnimationFrame(canvasShown)));
    };
    const timer = setTimeout(reveal, LONGEST_WAIT_MS);
    if (measured()) reveal();
    else stop = store.subscribe(() => measured() && reveal());
    return () => {
      stop?.();
      clearTimeout(timer);
      cancelAnimationFrame(frame);
    };
  }, [shown, nodeCount, store, canvasShown]);
  return shown;
}
