import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { PlanEdge, PlanEdgeKind, PlanNodeDraft, PlanNodeKind } from '../../../../shared/domain/plan';

/** A plan node's own fields (everything but its id and position), as React Flow carries them in `data`. */
export type PlanNodeFields = Omit<PlanNodeDraft, 'id' | 'x' | 'y'>;
export type PlanNodeData = PlanNodeFields & Record<string, unknown>;
export type PlanFlowNode = Node<PlanNodeData, PlanNodeKind>;
export type PlanFlowEdge = Edge<{ kind: PlanEdgeKind }>;

export function toFlowNode(n: PlanNodeDraft): PlanFlowNode {
  const { id, x, y, ...fields } = n;
  return { id, type: n.kind, position: { x, y }, data: fields as PlanNodeData };
}

export function toDraft(n: PlanFlowNode): PlanNodeDraft {
  const d = n.data;
  return {
    id: n.id,
    kind: d.kind,
    skillId: d.skillId,
    courseId: d.courseId,
    milestoneSkillId: d.milestoneSkillId,
    label: d.label,
    x: Math.round(n.position.x * 100) / 100,
    y: Math.round(n.position.y * 100) / 100,
    status: d.status,
    targetLevel: d.targetLevel,
    note: d.note,
    origin: d.origin,
  };
}

/** Ordering edges are solid arrows; catalog prerequisites are dashed (see paths.css). */
export function toFlowEdge(e: PlanEdge): PlanFlowEdge {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    data: { kind: e.kind },
    className: `plan-edge plan-edge--${e.kind}`,
    markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
    ariaLabel: e.kind === 'prerequisite' ? 'Catalog prerequisite' : 'Comes before',
  };
}

export function toPlanEdge(e: PlanFlowEdge): PlanEdge {
  return { id: e.id, source: e.source, target: e.target, kind: e.data?.kind ?? 'order' };
}
