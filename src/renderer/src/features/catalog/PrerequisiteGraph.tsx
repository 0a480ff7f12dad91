import '@xyflow/react/dist/style.css';
import { Background, MarkerType, ReactFlow, type Edge, type Node } from '@xyflow/react';
import { useMemo } from 'react';
import { routeHref } from '../../router';
import type { SkillPage } from '../../store/catalog';
import { layoutPrerequisites, SKILL_NODE } from './prerequisite-layout';

/**
 * A small, read-only picture of the skill among what it requires (left) and what it unlocks (right).
 * Clicking a skill opens its page; the lists beside the graph say the same in text.
 */
export function PrerequisiteGraph({ skill }: { skill: SkillPage }) {
  const { nodes, edges, height } = useMemo(() => {
    const links = skill.graph.links.map((l) => ({ from: l.requires, to: l.skill }));
    const positions = layoutPrerequisites(
      skill.graph.nodes.map((n) => n.id),
      links,
    );
    const nodes: Node[] = skill.graph.nodes.map((n) => ({
      id: n.id,
      position: positions.get(n.id)!,
      data: { label: n.name },
      className: n.id === skill.id ? 'skill-node skill-node--current' : 'skill-node',
      ariaLabel: n.id === skill.id ? `${n.name} (this skill)` : n.name,
      sourcePosition: 'right' as Node['sourcePosition'],
      targetPosition: 'left' as Node['targetPosition'],
    }));
    const edges: Edge[] = links.map((l) => ({
      id: `${l.from}->${l.to}`,
      source: l.from,
      target: l.to,
      markerEnd: { type: MarkerType.ArrowClosed },
    }));
    // Tall enough to read the names at about full size, within reason.
    const drawn = Math.max(...[...positions.values()].map((p) => p.y)) + SKILL_NODE.height + 40;
    return { nodes, edges, height: Math.min(Math.max(drawn, 180), 560) };
  }, [skill]);

  return (
    <div
      className="prerequisite-graph"
      style={{ height }}
      role="group"
      aria-label={`Prerequisite graph of ${skill.name}`}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1.1 }}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        nodesFocusable={false}
        zoomOnScroll={false}
        preventScrolling={false}
        minZoom={0.3}
        proOptions={{ hideAttribution: true }}
        onNodeClick={(_, node) => {
          if (node.id !== skill.id) window.location.hash = routeHref('catalog', 'skills', node.id);
        }}
      >
        <Background gap={20} size={1} />
      </ReactFlow>
    </div>
  );
}
