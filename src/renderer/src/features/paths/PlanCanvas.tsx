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
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PLAN_NODE_STATUSES, STATUS_LABELS, type PlanNodeStatus } from '../../../../shared/domain/plan';
import { connectionRefusal } from '../../../../shared/planning/plan-checks';
import { usePaths } from '../../store/paths';
import type { PlanFlowEdge, PlanFlowNode } from './flow-mapping';
import { addPaletteItem, centredOn } from './palette-actions';
import { useCanvasGestures } from './canvas-gestures';
import { useReportFirstPaint } from './first-paint';
import { openingView, SMALLEST_OPENING_ZOOM, type OpeningView } from './opening-view';
import { usePlanFacts } from './plan-facts';
import { nodeTypes } from './PlanNodes';
import './menus.css';

export const FIT_VIEW = { padding: 0.1, maxZoom: 1 };

const selectOnly = (id: string) =>
  usePaths.getState().onNodesChange(usePaths.getState().nodes.map((n) => ({ type: 'select', id: n.id, selected: n.id === id })));

/** A plan that fits is fitted once React Flow has measured its nodes (the opening viewport only estimated their sizes). */
const fitOnInit = (rf: ReactFlowInstance<PlanFlowNode, PlanFlowEdge>) => void rf.fitView({ ...FIT_VIEW, minZoom: SMALLEST_OPENING_ZOOM });

const minimapColour = (n: Node) => (n.type === 'course' ? '#2f5bd3' : n.type === 'skill' ? '#0f8a5f' : '#b26b00');

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
  // The minimap draws every node of the plan (the canvas only those in view): it comes after the first screen.
  const showMiniMap = useReportFirstPaint(nodes.length);

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

  // React Flow starts at the opening view, worked out from the pane's size before its first frame: a big plan is
  // not first drawn at zoom 1 and then again at its corner.
  const paneRef = useRef<HTMLDivElement>(null);
  const [opening, setOpening] = useState<OpeningView | null>(null);
  useLayoutEffect(() => {
    const { width, height } = paneRef.current!.getBoundingClientRect();
    setOpening(openingView(usePaths.getState().nodes.map((n) => n.position), { width, height }));
  }, []);

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
          ref={paneRef}
          className="plan-canvas"
          onDragOver={(e) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
          }}
          onDrop={onDrop}
          onKeyDown={onKeyDown}
        >
          {opening && (
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
              defaultViewport={opening.viewport}
              onInit={opening.fits ? fitOnInit : undefined}
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
          )}
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
