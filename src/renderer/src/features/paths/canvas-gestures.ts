import { useCallback, type DragEvent, type KeyboardEvent } from 'react';
import type { PlanNodeStatus } from '../../../../shared/domain/plan';
import { usePaths } from '../../store/paths';
import { addPaletteItem, centredOn, readPaletteItem } from './palette-actions';

/** Number keys set the selected steps' status, on either view of a plan. */
export const STATUS_KEYS: Record<string, PlanNodeStatus> = { '1': 'planned', '2': 'in_progress', '3': 'done', '4': 'skipped' };

/** Keys typed into a field are the field's, not the canvas's. */
export const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The gestures both plan canvases (roadmap and full graph) share: a palette item dropped where the pointer is,
 * Delete/Backspace removing the selection (undoable), and 1–4 setting the selected steps' status.
 */
export function useCanvasGestures(screenToFlowPosition: (point: { x: number; y: number }) => { x: number; y: number }) {
  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = readPaletteItem(event.dataTransfer);
      if (!item) return;
      event.preventDefault();
      addPaletteItem(item, centredOn(item, screenToFlowPosition({ x: event.clientX, y: event.clientY })));
    },
    [screenToFlowPosition],
  );

  const onKeyDown = useCallback((event: KeyboardEvent) => {
    if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const store = usePaths.getState();
    if (event.key === 'Delete' || event.key === 'Backspace') {
      const removed = store.deleteSelected();
      if (removed > 0) {
        event.preventDefault();
        store.say(`Deleted ${removed === 1 ? 'one item' : `${removed} items`}. Undo with Ctrl+Z.`);
      }
    } else if (STATUS_KEYS[event.key]) {
      const ids = store.nodes.filter((n) => n.selected).map((n) => n.id);
      if (ids.length) store.changeStatus(ids, STATUS_KEYS[event.key]!);
    }
  }, []);

  return { onDrop, onKeyDown };
}
