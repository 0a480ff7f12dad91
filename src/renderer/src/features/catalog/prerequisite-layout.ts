import dagre from '@dagrejs/dagre';

export const SKILL_NODE = { width: 196, height: 48 };

export interface PrerequisiteEdge {
  /** The skill needed first. */
  from: string;
  /** The skill that needs it. */
  to: string;
}

/**
 * Positions (top-left corners) for a prerequisite graph, read left to right: what a skill requires on its
 * left, what it unlocks on its right. Pure: the same graph always gets the same picture.
 */
export function layoutPrerequisites(
  nodeIds: readonly string[],
  edges: readonly PrerequisiteEdge[],
): Map<string, { x: number; y: number }> {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 64, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  const known = new Set(nodeIds);
  for (const id of nodeIds) graph.setNode(id, { ...SKILL_NODE });
  for (const e of edges) if (known.has(e.from) && known.has(e.to)) graph.setEdge(e.from, e.to);
  dagre.layout(graph);
  return new Map(
    nodeIds.map((id) => {
      const { x, y } = graph.node(id);
      return [id, { x: Math.round(x - SKILL_NODE.width / 2), y: Math.round(y - SKILL_NODE.height / 2) }];
    }),
  );
}
