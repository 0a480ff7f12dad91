import {
  applyNodeChanges,
  Background,
  BackgroundVariant,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Edge,
  type Node,
  type NodeChange,
  type ReactFlowInstance,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { ContextMenu } from 'radix-ui';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PLAN_NODE_STATUSES, STATUS_LABELS, type PlanNodeStatus } from '../../../../../shared/domain/plan';
import { SMALLEST_NODE_FONT, type Roadmap, type RoadmapNode } from '../../../../../shared/roadmap';
import { usePaths } from '../../../store/paths';
import { connectSteps } from '../connect-steps';
import { formatSpan } from '../format';
import { addPaletteItem, centredOn } from '../palette-actions';
import type { PlanFacts } from '../plan-facts';
import { useCanvasGestures } from '../canvas-gestures';
import { useReportFirstPaint } from '../first-paint';
import { kindLine, metaLine } from './node-text';
import { RoadmapGrid, RoadmapHeaders } from './RoadmapGrid';
import { roadmapNodeTypes, type RoadmapFlowNode } from './RoadmapNodes';
import '../menus.css';
import './roadmap.css';

/** The smallest text on a node is at least this many pixels on screen when the roadmap opens. */
export const READABLE_TEXT_PX = 11.5;
export const OPENING_ZOOM = Math.min(1, READABLE_TEXT_PX / SMALLEST_NODE_FONT);

/** Opens on the plan's first weeks (the top-left of the roadmap) at a zoom where every node's text reads. */
export function openRoadmapAtStart(rf: Pick<ReactFlowInstance, 'setViewport'>, duration = 0) {
  void rf.setViewport({ x: 0, y: 0, zoom: OPENING_ZOOM }, { duration });
}

const minimapColour = (n: Node) => ((n.data as { step?: RoadmapNode }).step?.kind === 'milestones' ? '#b26b00' : '#2f5bd3');
const onInit = (rf: ReactFlowInstance<RoadmapFlowNode, Edge>) => openRoadmapAtStart(rf);

/**
 * The roadmap view of the plan: courses and grouped milestones on a time axis, lanes by skill category. The
 * layout is `layoutRoadmap` (src/shared/roadmap); dragging a step places it by hand (kept, undoable), "Lay out
 * again" forgets those places. Selecting a step selects its plan nodes, so the details panel, Delete and 1–4
 * work as on the full graph.
 */
export function RoadmapCanvas({
  roadmap,
  facts,
  onEditNote,
  onConnectFrom,
}: {
  roadmap: Roadmap;
  facts: PlanFacts;
  onEditNote: (nodeId: string) => void;
  onConnectFrom: (nodeId: string) => void;
}) {
  const selectedIds = usePaths(useShallow((s) => s.nodes.filter((n) => n.selected).map((n) => n.id)));
  const { screenToFlowPosition } = useReactFlow();
  const [menuStep, setMenuStep] = useState<RoadmapNode | null>(null);
  const [menuPoint, setMenuPoint] = useState({ x: 0, y: 0 });

  const laidOut = useMemo<RoadmapFlowNode[]>(() => {
    const selected = new Set(selectedIds);
    return roadmap.nodes.map((step) => ({
      id: step.id,
      type: 'roadmapStep',
      position: { x: step.x, y: step.y },
      width: step.width,
      height: step.height,
      selected: step.planNodeIds.some((id) => selected.has(id)),
      connectable: step.kind === 'course',
      ariaLabel: `${step.kind === 'course' ? 'Course' : 'Milestones'}: ${step.title}${step.items.length ? ` (${step.items.join(', ')})` : ''}, ${formatSpan(step.start, step.end)}`,
      data: { step, kindLine: kindLine(step, facts), meta: metaLine(step, facts), flagged: step.planNodeIds.some((id) => (facts.missing.get(id)?.length ?? 0) > 0) },
    }));
  }, [roadmap, facts, selectedIds]);
  // Positions during a drag live here until it ends (then they become hand-placed positions in the store).
  const [nodes, setNodes] = useState(laidOut);
  const [shownLayout, setShownLayout] = useState(laidOut);
  if (shownLayout !== laidOut) {
    setShownLayout(laidOut);
    setNodes(laidOut);
  }

  const edges = useMemo<Edge[]>(
    () =>
      roadmap.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        className: 'roadmap-edge',
        markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
        ariaLabel: 'Comes before',
        focusable: false,
      })),
    [roadmap],
  );
  const stepById = useMemo(() => new Map(roadmap.nodes.map((n) => [n.id, n])), [roadmap]);

  const onNodesChange = useCallback(
    (changes: NodeChange<RoadmapFlowNode>[]) => {
      setNodes((current) => applyNodeChanges(changes, current));
      const selects = changes.filter((c) => c.type === 'select');
      if (selects.length === 0) return;
      const store = usePaths.getState();
      const wanted = new Set(store.nodes.filter((n) => n.selected).map((n) => n.id));
      for (const c of selects) {
        for (const id of stepById.get(c.id)?.planNodeIds ?? []) {
          if (c.selected) wanted.add(id);
          else wanted.delete(id);
        }
      }
      store.onNodesChange(store.nodes.map((n) => ({ type: 'select', id: n.id, selected: wanted.has(n.id) })));
    },
    [stepById],
  );
  const onNodeDragStop = useCallback((_: unknown, _node: RoadmapFlowNode, dragged: RoadmapFlowNode[]) => {
    const moved = dragged.filter((n) => {
      const step = n.data.step;
      return Math.round(n.position.x) !== step.x || Math.round(n.position.y) !== step.y;
    });
    if (moved.length) usePaths.getState().pinRoadmapNodes(Object.fromEntries(moved.map((n) => [n.id, n.position])));
  }, []);

  const onConnect = useCallback(({ source, target }: Connection) => void connectSteps(facts, source, target), [facts]);
  const { onDrop, onKeyDown } = useCanvasGestures(screenToFlowPosition);

  const onNodeContextMenu = useCallback(
    (_: unknown, node: RoadmapFlowNode) => {
      setMenuStep(node.data.step);
      if (!node.selected) onNodesChange(nodes.map((n) => ({ type: 'select', id: n.id, selected: n.id === node.id })));
    },
    [nodes, onNodesChange],
  );
  const onPaneContextMenu = useCallback(
    (event: MouseEvent | React.MouseEvent) => {
      setMenuStep(null);
      setMenuPoint(screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [screenToFlowPosition],
  );
  const canvasRef = useRef<HTMLDivElement>(null);
  // The minimap draws every step (the canvas only those in view): it comes after the first screen.
  const showMiniMap = useReportFirstPaint(nodes.length);
  const menuStatus = menuStep?.status;

  return (
    <ContextMenu.Root onOpenChange={(open) => !open && setMenuStep(null)}>
      <ContextMenu.Trigger asChild>
        <div
          ref={canvasRef}
          className="plan-canvas roadmap-canvas"
          tabIndex={-1}
          data-testid="roadmap-canvas"
          onDragOver={(e) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
          }}
          onDrop={onDrop}
          onKeyDown={onKeyDown}
        >
          <ReactFlow<RoadmapFlowNode, Edge>
            nodes={nodes}
            edges={edges}
            nodeTypes={roadmapNodeTypes}
            onNodesChange={onNodesChange}
            onConnect={onConnect}
            onNodeDragStop={onNodeDragStop}
            onSelectionDragStop={(_e, dragged) => onNodeDragStop(null, dragged[0]!, dragged)}
            onNodeContextMenu={onNodeContextMenu}
            onPaneContextMenu={onPaneContextMenu}
            deleteKeyCode={null}
            onlyRenderVisibleElements
            onInit={onInit}
            minZoom={0.1}
            maxZoom={2}
            proOptions={{ hideAttribution: true }}
          >
            <RoadmapGrid roadmap={roadmap} />
            <Background variant={BackgroundVariant.Dots} gap={24} size={1} />
            <RoadmapHeaders roadmap={roadmap} />
            <Controls showInteractive={false} aria-label="Zoom and fit view" />
            {showMiniMap && (
              <MiniMap pannable zoomable nodeColor={minimapColour} ariaLabel="Overview of the whole roadmap" style={{ width: 170, height: 100 }} />
            )}
          </ReactFlow>
        </div>
      </ContextMenu.Trigger>
      <ContextMenu.Portal>
        <ContextMenu.Content className="plan-menu">
          {menuStep ? (
            <>
              <ContextMenu.Label className="plan-menu__label">{menuStep.title}</ContextMenu.Label>
              <ContextMenu.RadioGroup
                value={menuStatus}
                onValueChange={(status) => usePaths.getState().changeStatus(menuStep.planNodeIds, status as PlanNodeStatus)}
              >
                {PLAN_NODE_STATUSES.map((status, i) => (
                  <ContextMenu.RadioItem key={status} value={status} className="plan-menu__item">
                    <ContextMenu.ItemIndicator className="plan-menu__indicator">●</ContextMenu.ItemIndicator>
                    {STATUS_LABELS[status]}
                    <span className="plan-menu__shortcut">{i + 1}</span>
                  </ContextMenu.RadioItem>
                ))}
              </ContextMenu.RadioGroup>
              <ContextMenu.Separator className="plan-menu__separator" />
              {menuStep.kind === 'course' && (
                <ContextMenu.Item className="plan-menu__item" onSelect={() => onConnectFrom(menuStep.id)}>
                  Connect to…
                </ContextMenu.Item>
              )}
              {menuStep.kind === 'course' && (
                <ContextMenu.Item className="plan-menu__item" onSelect={() => onEditNote(menuStep.id)}>
                  Add or edit the note…
                </ContextMenu.Item>
              )}
              {menuStep.pinned && (
                <ContextMenu.Item className="plan-menu__item" onSelect={() => usePaths.getState().pinRoadmapNodes({ [menuStep.id]: null })}>
                  Back to its place in the layout
                </ContextMenu.Item>
              )}
              <ContextMenu.Item className="plan-menu__item plan-menu__item--danger" onSelect={() => usePaths.getState().deleteSelected()}>
                Delete <span className="plan-menu__shortcut">Del</span>
              </ContextMenu.Item>
            </>
          ) : (
            <>
              <ContextMenu.Item className="plan-menu__item" onSelect={() => usePaths.getState().clearRoadmapPins()}>
                Lay out again
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
