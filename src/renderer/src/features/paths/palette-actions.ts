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

/** The node that already stands for a catalog skill or course on the plan, if any. */
export function nodeOnPlan(item: PaletteItem): string | null {
  if (item.kind === 'milestone') return null;
  const field = item.kind === 'skill' ? 'skillId' : 'courseId';
  return usePaths.getState().nodes.find((n) => n.data.kind === item.kind && n.data[field] === item.id)?.id ?? null;
}

/**
 * Adds a palette item to the plan at a canvas position, as one undoable edit. A skill brings its catalog
 * prerequisite edges to and from the skills already on the canvas. A skill or course already on the plan is not
 * added again: its node is selected instead. Returns the new (or existing) node's id.
 */
export function addPaletteItem(item: PaletteItem, position: { x: number; y: number }): string {
  const store = usePaths.getState();
  const existing = nodeOnPlan(item);
  if (existing && item.kind !== 'milestone') {
    store.onNodesChange(store.nodes.map((n) => ({ type: 'select', id: n.id, selected: n.id === existing })));
    const name =
      item.kind === 'course'
        ? (store.catalog?.courses.find((c) => c.id === item.id)?.title ?? 'This course')
        : (store.catalog?.skills.find((s) => s.id === item.id)?.name ?? 'This skill');
    store.say(`“${name}” is already on the plan: selected it instead of adding it again.`);
    return existing;
  }
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
