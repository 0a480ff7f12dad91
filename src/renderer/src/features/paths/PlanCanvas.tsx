import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Node,
  type ReactFlowInstance,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { ContextMenu } from 'radix-ui';
import { useCallback, useEffect, useMemo, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PLAN_NODE_STATUSES, STATUS_LABELS, type PlanNodeStatus } from '../../../../shared/domain/plan';
import { connectionRefusal } from '../../../../shared/planning/plan-checks';
import { usePaths } from '../../store/paths';
import type { PlanFlowEdge, PlanFlowNode } from './flow-mapping';
import { addPaletteItem, centredOn } from './palette-actions';
import { useCanvasGestures } from './canvas-gestures';
import { usePlanFacts } from './plan-facts';
import { nodeTypes } from './PlanNodes';
import './menus.css';

/** Keys 1–4 set the status of the selected courses and milestones. */
export const FIT_VIEW = { padding: 0.1, maxZoom: 1 };
const SMALLEST_OPENING_ZOOM = 0.3;

/**
 * The whole plan when it fits at a zoom where its shape still reads; a bigger one opens at its top-left corner
 * (the earliest steps) at that zoom, with the minimap showing the rest.
 */
function openingView(rf: ReactFlowInstance<PlanFlowNode, PlanFlowEdge>, canvas: HTMLElement | null) {
  const nodes = rf.getNodes();
  if (!nodes.length || !canvas) return;
  const bounds = rf.getNodesBounds(nodes);
  const { width, height } = canvas.getBoundingClientRect();
  const zoomToFit = Math.min(width / (bounds.width + 260), height / (bounds.height + 130));
  const zoom = SMALLEST_OPENING_ZOOM;
  if (zoomToFit >= zoom) void rf.fitView({ ...FIT_VIEW, minZoom: zoom });
  else void rf.setViewport({ x: 24 - bounds.x * zoom, y: 24 - bounds.y * zoom, zoom });
}

const selectOnly = (id: string) =>
  usePaths.getState().onNodesChange(usePaths.getState().nodes.map((n) => ({ type: 'select', id: n.id, selected: n.id === id })));

const onInit = (rf: ReactFlowInstance<PlanFlowNode, PlanFlowEdge>) => openingView(rf, document.querySelector('.plan-canvas'));

const minimapColour = (n: Node) => (n.type === 'course' ? '#2f5bd3' : n.type === 'skill' ? '#0f8a5f' : '#b26b00');

/**
 * True from the frame after the canvas first painted. The minimap draws every node of the plan (the canvas only
 * those in view), so it comes a frame later: the plan's first screen does not wait for its overview.
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let second = 0;
    const first = requestAnimationFrame(() => (second = requestAnimationFrame(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, []);
  return painted;
}

export function PlanCanvas({ onEditNote, onConnectFrom }: { onEditNote: (nodeId: string) => void; onConnectFrom?: (nodeId: string) => void }) {
  const { nodes, edges, structure, onNodesChange, onEdgesChange, beginDrag, endDrag } = usePaths(
    useShallow((s) => ({
      nodes: s.nodes,
      edges: s.edges,
      structure: s.structure,
      onNodesChange: s.onNodesChange,
      onEdgesChange: s.onEdgesChange,
      beginDrag: s.beginDrag,
      endDrag: s.endDrag,
    })),
  );
  const facts = usePlanFacts();
  const showMiniMap = useAfterFirstPaint();
  const { screenToFlowPosition } = useReactFlow();
  const [menuNode, setMenuNode] = useState<PlanFlowNode | null>(null);
  const [menuPoint, setMenuPoint] = useState({ x: 0, y: 0 });
  // A plan for a large role (a NICE work role) can hold dozens of mentoring milestones: they can be hidden from
  // view to work on the courses (view only: nothing is deleted or saved).
  const [hideMilestones, setHideMilestones] = useState(false);
  // Counted when the graph's content changes, not on every frame of a drag (a move changes no node's kind).
  const milestoneCount = useMemo(() => {
    void structure;
    return usePaths.getState().nodes.filter((n) => n.data.kind === 'milestone').length;
  }, [structure]);
  const shownNodes = useMemo(
    () => (hideMilestones ? nodes.map((n) => (n.data.kind === 'milestone' ? { ...n, hidden: true } : n)) : nodes),
    [nodes, hideMilestones],
  );

  const nameOf = useCallback(
    (id: string) => {
      const n = usePaths.getState().nodes.find((x) => x.id === id);
      if (!n) return id;
      if (n.data.kind === 'skill') return facts.skillName(n.data.skillId!);
      if (n.data.kind === 'course') return facts.courses.get(n.data.courseId!)?.title ?? n.data.courseId!;
      return n.data.label || 'Milestone';
    },
    [facts],
  );

  const onConnect = useCallback(
    ({ source, target }: Connection) => {
      const refusal = connectionRefusal(usePaths.getState().edges, source, target, nameOf);
      if (refusal) usePaths.getState().say(refusal, 'error');
      else {
        usePaths.getState().addEdge(source, target);
        usePaths.getState().say(`“${nameOf(source)}” now comes before “${nameOf(target)}”.`);
      }
    },
    [nameOf],
  );

  const { onDrop, onKeyDown } = useCanvasGestures(screenToFlowPosition);

  // Handlers keep their identity across renders: the canvas re-renders on every frame of a drag, and a new
  // handler would make React Flow re-render every node it passes the handler to.
  const onNodeContextMenu = useCallback((_: unknown, node: PlanFlowNode) => {
    setMenuNode(node);
    if (!node.selected) selectOnly(node.id);
  }, []);
  const onPaneContextMenu = useCallback(
    (event: MouseEvent | ReactMouseEvent) => {
      setMenuNode(null);
      setMenuPoint(screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [screenToFlowPosition],
  );

  const menuStatus = menuNode ? usePaths.getState().nodes.find((n) => n.id === menuNode.id)?.data.status : undefined;

  return (
    <ContextMenu.Root onOpenChange={(open) => !open && setMenuNode(null)}>
      <ContextMenu.Trigger asChild>
        <div
          className="plan-canvas"
          onDragOver={(e) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
          }}
          onDrop={onDrop}
          onKeyDown={onKeyDown}
        >
          <ReactFlow<PlanFlowNode, PlanFlowEdge>
            nodes={shownNodes}
            edges={edges}
            nodeTypes={nodeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={onConnect}
            onNodeDragStart={beginDrag}
            onNodeDragStop={endDrag}
            onSelectionDragStart={beginDrag}
            onSelectionDragStop={endDrag}
            onNodeContextMenu={onNodeContextMenu}
            onPaneContextMenu={onPaneContextMenu}
            deleteKeyCode={null}
            // Only the nodes and edges in view are in the page: a big plan costs what a screenful costs.
            onlyRenderVisibleElements
            onInit={onInit}
            minZoom={0.1}
            maxZoom={2}
            proOptions={{ hideAttribution: true }}
          >
            <Background gap={24} size={1} />
            <Controls showInteractive={false} aria-label="Zoom and fit view" />
            {showMiniMap && (
              <MiniMap pannable zoomable nodeColor={minimapColour} ariaLabel="Overview of the whole plan" style={{ width: 150, height: 100 }} />
            )}
            {milestoneCount > 0 && (
              <Panel position="top-right">
                <button
                  type="button"
                  className="button button--small"
                  aria-pressed={hideMilestones}
                  onClick={() => setHideMilestones((h) => !h)}
                >
                  {hideMilestones ? `Show ${milestoneCount} milestones` : `Hide ${milestoneCount} milestones`}
                </button>
              </Panel>
            )}
          </ReactFlow>
        </div>
      </ContextMenu.Trigger>
      <ContextMenu.Portal>
        <ContextMenu.Content className="plan-menu">
          {menuNode ? (
            <>
              <ContextMenu.Label className="plan-menu__label">{nameOf(menuNode.id)}</ContextMenu.Label>
              {menuNode.data.kind !== 'skill' && (
                <ContextMenu.RadioGroup
                  value={menuStatus}
                  onValueChange={(status) => usePaths.getState().changeStatus([menuNode.id], status as PlanNodeStatus)}
                >
                  {PLAN_NODE_STATUSES.map((status, i) => (
                    <ContextMenu.RadioItem key={status} value={status} className="plan-menu__item">
                      <ContextMenu.ItemIndicator className="plan-menu__indicator">●</ContextMenu.ItemIndicator>
                      {STATUS_LABELS[status]}
                      <span className="plan-menu__shortcut">{i + 1}</span>
                    </ContextMenu.RadioItem>
                  ))}
                </ContextMenu.RadioGroup>
              )}
              <ContextMenu.Separator className="plan-menu__separator" />
              {onConnectFrom && (
                <ContextMenu.Item className="plan-menu__item" onSelect={() => onConnectFrom(menuNode.id)}>
                  Connect to…
                </ContextMenu.Item>
              )}
              <ContextMenu.Item className="plan-menu__item" onSelect={() => onEditNote(menuNode.id)}>
                {menuNode.data.note ? 'Edit note…' : 'Add a note…'}
              </ContextMenu.Item>
              <ContextMenu.Item
                className="plan-menu__item plan-menu__item--danger"
                onSelect={() => {
                  selectOnly(menuNode.id);
                  usePaths.getState().deleteSelected();
                }}
              >
                Delete <span className="plan-menu__shortcut">Del</span>
              </ContextMenu.Item>
            </>
          ) : (
            <>
              <ContextMenu.Item className="plan-menu__item" onSelect={() => usePaths.getState().autoLayout()}>
                Auto-layout
              </ContextMenu.Item>
              <ContextMenu.Item
                className="plan-menu__item"
                onSelect={() => addPaletteItem({ kind: 'milestone' }, centredOn({ kind: 'milestone' }, menuPoint))}
              >
                Add a milestone
              </ContextMenu.Item>
            </>
          )}
        </ContextMenu.Content>
      </ContextMenu.Portal>
    </ContextMenu.Root>
  );
}
