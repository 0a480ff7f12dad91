import dagre from '@dagrejs/dagre';
import type { PlanNodeKind } from '../domain/plan';

/** The size each kind of node is drawn at on the canvas (the layout leaves room for it). */
export const NODE_SIZE: Record<PlanNodeKind, { width: number; height: number }> = {
  skill: { width: 220, height: 100 },
  course: { width: 250, height: 132 },
  milestone: { width: 220, height: 96 },
};

export interface LayoutNode {
  id: string;
  kind: PlanNodeKind;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

/**
 * Left-to-right positions for a plan graph (dagre): earlier steps on the left. Pure: the same graph gives the
 * same positions, so the editor can offer it as an undoable action. Positions are the nodes' top-left corners.
 */
export function layoutPlan(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, { x: number; y: number }> {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 22, ranksep: 70, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(nodes.map((n) => n.id));
  for (const n of nodes) g.setNode(n.id, { ...NODE_SIZE[n.kind] });
  for (const e of edges) if (ids.has(e.source) && ids.has(e.target)) g.setEdge(e.source, e.target);
  dagre.layout(g);
  const positions = new Map<string, { x: number; y: number }>();
  for (const n of nodes) {
    const placed = g.node(n.id);
    const size = NODE_SIZE[n.kind];
    positions.set(n.id, { x: Math.round(placed.x - size.width / 2), y: Math.round(placed.y - size.height / 2) });
  }
  return positions;
}
