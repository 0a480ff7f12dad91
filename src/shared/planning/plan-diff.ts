import type { PlanEdge, PlanNodeDraft } from '../domain/plan';

export interface PlanChanges {
  upsertNodes: PlanNodeDraft[];
  deleteNodeIds: string[];
  upsertEdges: PlanEdge[];
  deleteEdgeIds: string[];
}

const NODE_FIELDS = ['kind', 'skillId', 'courseId', 'milestoneSkillId', 'label', 'x', 'y', 'status', 'targetLevel', 'note', 'origin'] as const;

function sameNode(a: PlanNodeDraft, b: PlanNodeDraft): boolean {
  return NODE_FIELDS.every((f) => a[f] === b[f]);
}

function sameEdge(a: PlanEdge, b: PlanEdge): boolean {
  return a.source === b.source && a.target === b.target && a.kind === b.kind;
}

/**
 * What changed between the last saved graph and the one being edited: nodes and edges to write and ids to
 * delete. Saving only the changes keeps a save small (a moved node is one row), so it fits the size limit of
 * a request sent while the window closes.
 */
export function diffPlanGraph(
  saved: { nodes: readonly PlanNodeDraft[]; edges: readonly PlanEdge[] },
  current: { nodes: readonly PlanNodeDraft[]; edges: readonly PlanEdge[] },
): PlanChanges {
  const savedNodes = new Map(saved.nodes.map((n) => [n.id, n]));
  const savedEdges = new Map(saved.edges.map((e) => [e.id, e]));
  const currentNodeIds = new Set(current.nodes.map((n) => n.id));
  const currentEdgeIds = new Set(current.edges.map((e) => e.id));
  return {
    upsertNodes: current.nodes.filter((n) => {
      const before = savedNodes.get(n.id);
      return !before || !sameNode(before, n);
    }),
    deleteNodeIds: saved.nodes.filter((n) => !currentNodeIds.has(n.id)).map((n) => n.id),
    upsertEdges: current.edges.filter((e) => {
      const before = savedEdges.get(e.id);
      return !before || !sameEdge(before, e);
    }),
    deleteEdgeIds: saved.edges.filter((e) => !currentEdgeIds.has(e.id)).map((e) => e.id),
  };
}

export function isEmptyChange(c: PlanChanges): boolean {
  return c.upsertNodes.length + c.deleteNodeIds.length + c.upsertEdges.length + c.deleteEdgeIds.length === 0;
}
