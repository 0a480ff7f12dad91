import { newId } from '../../../../shared/domain/ids';
import { NODE_SIZE } from '../../../../shared/planning/layout';
import { prerequisiteEdgesFor } from '../../../../shared/planning/plan-checks';
import { usePaths } from '../../store/paths';

/** What the palette offers: a catalog skill or course, or a free milestone. */
export type PaletteItem = { kind: 'skill'; id: string } | { kind: 'course'; id: string } | { kind: 'milestone' };

/** The drag-and-drop payload type of a palette item. */
export const PALETTE_MIME = 'application/x-learning-path-item';

export function readPaletteItem(data: DataTransfer): PaletteItem | null {
  try {
    const item = JSON.parse(data.getData(PALETTE_MIME)) as PaletteItem;
    return item && (item.kind === 'milestone' || ((item.kind === 'skill' || item.kind === 'course') && typeof item.id === 'string')) ? item : null;
  } catch {
    return null;
  }
}

/** The node's top-left corner that puts its middle on a point of the canvas. */
export function centredOn(item: PaletteItem, point: { x: number; y: number }) {
  const size = NODE_SIZE[item.kind];
  return { x: point.x - size.width / 2, y: point.y - size.height / 2 };
}

/**
 * Adds a palette item to the plan at a canvas position, as one undoable edit. A skill brings its catalog
 * prerequisite edges to and from the skills already on the canvas. Returns the new node's id.
 */
export function addPaletteItem(item: PaletteItem, position: { x: number; y: number }): string {
  const store = usePaths.getState();
  if (item.kind === 'milestone') {
    return store.addNode({ kind: 'milestone', label: 'New milestone' }, position);
  }
  if (item.kind === 'course') {
    return store.addNode({ kind: 'course', courseId: item.id }, position);
  }
  const prerequisitesOf = new Map((store.catalog?.skills ?? []).map((s) => [s.id, s.prerequisites]));
  const id = newId('node');
  const checked = store.nodes.map((n) => ({ id: n.id, ...n.data }));
  const edges = prerequisiteEdgesFor(id, item.id, checked, store.edges, prerequisitesOf);
  return store.addNode({ kind: 'skill', skillId: item.id }, position, edges.map((e) => ({ ...e, kind: 'prerequisite' as const })), id);
}
