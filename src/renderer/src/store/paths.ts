import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { temporal } from 'zundo';
import { create } from 'zustand';
import type { OperationOutput } from '../../../shared/api/contract';
import type { PathWorkspace, TeamPaths } from '../../../shared/api/operations/plans';
import { newId } from '../../../shared/domain/ids';
import type { Plan, PlanEdge, PlanEdgeKind, PlanNodeDraft, PlanNodeStatus } from '../../../shared/domain/plan';
import { layoutPlan } from '../../../shared/planning/layout';
import { call } from '../api';
import { onStoreReplaced } from '../data/client';
import { followReads } from '../data/follow';
import { toDraft, toFlowEdge, toFlowNode, type PlanFlowEdge, type PlanFlowNode, type PlanNodeFields } from '../features/paths/flow-mapping';
import { useNotices } from './notices';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';
/** The canvas shows the roadmap (courses on a time axis, the default) or the full skill-level graph. */
export type PathView = 'roadmap' | 'graph';
export type RoadmapPins = Record<string, { x: number; y: number }>;
const VIEW_KEY = 'planner.pathView';
const storedView = (): PathView => {
  try {
    return globalThis.localStorage?.getItem(VIEW_KEY) === 'graph' ? 'graph' : 'roadmap';
  } catch {
    return 'roadmap';
  }
};
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface PathsCatalog {
  skills: OperationOutput<'skills.list'>;
  courses: OperationOutput<'courses.list'>;
  categories: OperationOutput<'categories.list'>;
}

/** The part of the state undo and redo walk through: the graph. */
interface Doc {
  nodes: PlanFlowNode[];
  edges: PlanFlowEdge[];
  /** Roadmap nodes the user placed by hand (by roadmap node id): the roadmap layout keeps them. */
  roadmapPins: RoadmapPins;
  /** Bumped by every edit of the graph (not by selection), so undo history gets one entry per edit. */
  version: number;
}

interface PathsState extends Doc {
  memberId: string | null;
  workspace: PathWorkspace | null;
  loadStatus: LoadStatus;
  catalog: PathsCatalog | null;
  /** Bumped by every change other than a move: what the node badges, flags and schedule depend on. */
  structure: number;
  /** The graph as the store last confirmed it saved. */
  saved: { nodes: PlanNodeDraft[]; edges: PlanEdge[]; roadmapPins: RoadmapPins };
  save: { state: SaveState; error: string | null };
  /** A message for the live region (a refused connection, a finished generation). */
  message: { text: string; tone: 'info' | 'error' } | null;
  team: TeamPaths | null;
  teamStatus: LoadStatus;
  /** Course nodes just marked done, whose levels the editor offers to record as ratings. */
  completionOffer: { nodeIds: string[] } | null;
  view: PathView;
  setView(view: PathView): void;
  /** Places roadmap nodes by hand (one undo step); `null` gives a node back to the layout. */
  pinRoadmapNodes(positions: Readonly<Record<string, { x: number; y: number } | null>>): void;
  /** Lays the roadmap out again: forgets every hand-placed position (one undo step). */
  clearRoadmapPins(): void;

  /**
   * Follows the catalog the editor offers (skills, courses, categories) through the data layer: loaded once,
   * then replaced after every change that touches it (a course imported or edited while the editor is open).
   */
  loadCatalog(): void;
  /** Follows the team's learning paths (the members list and timeline) the same way. */
  loadTeam(): void;
  /** Opens a member's plan (the active one unless a plan id is given) and forgets the undo history. */
  open(memberId: string, planId?: string | null): Promise<void>;
  /** Replaces the workspace's facts (levels, blackouts, plans) without touching the graph. */
  refreshFacts(): Promise<void>;
  /** Puts a plan from the API on the canvas as saved; `undoable` keeps the previous graph one undo away. */
  showPlan(plan: Plan, undoable: boolean): void;
  say(text: string, tone?: 'info' | 'error'): void;

  onNodesChange(changes: NodeChange<PlanFlowNode>[]): void;
  onEdgesChange(changes: EdgeChange<PlanFlowEdge>[]): void;
  beginDrag(): void;
  endDrag(): void;
  /** Adds a node (selected) and, in the same undo step, edges to or from it. */
  addNode(
    fields: Pick<PlanNodeFields, 'kind'> & Partial<PlanNodeFields>,
    position: { x: number; y: number },
    edges?: { source: string; target: string; kind: PlanEdgeKind }[],
    id?: string,
  ): string;
  addEdge(source: string, target: string, kind?: PlanEdgeKind): void;
  /**
   * Changes fields of nodes as one undo step. Edits with the same `coalesce` key within a moment of each other
   * (typing a note) share one undo step.
   */
  updateNodes(ids: readonly string[], patch: Partial<PlanNodeFields>, coalesce?: string): void;
  /** Sets the status of nodes; marking courses done offers to record what they teach. */
  changeStatus(ids: readonly string[], status: PlanNodeStatus): void;
  dismissCompletionOffer(): void;
  deleteSelected(): number;
  autoLayout(): void;
  undo(): void;
  redo(): void;
}

let stopCatalog: (() => void) | null = null;
let stopTeam: (() => void) | null = null;
let lastVersion = 0;
const nextVersion = () => ++lastVersion;
let dragStart: Doc | null = null;
let lastCoalesce: { key: string; at: number } | null = null;

export const usePaths = create<PathsState>()(
  temporal(
    (set, get) => {
      /** One undoable edit of the graph. `moveOnly` edits leave the derived facts alone. */
      function edit(change: (s: PathsState) => Partial<Doc>, moveOnly = false) {
        set((s) => ({ ...change(s), version: nextVersion(), structure: moveOnly ? s.structure : s.structure + 1 }));
      }
      function track(fn: () => void) {
        const temporalState = usePaths.temporal.getState();
        temporalState.pause();
        try {
          fn();
        } finally {
          temporalState.resume();
        }
      }
      return {
        nodes: [],
        edges: [],
        roadmapPins: {},
        version: 0,
        memberId: null,
        workspace: null,
        loadStatus: 'idle',
        catalog: null,
        structure: 0,
        saved: { nodes: [], edges: [], roadmapPins: {} },
        save: { state: 'saved', error: null },
        message: null,
        team: null,
        teamStatus: 'idle',
        completionOffer: null,
        view: storedView(),

        setView(view) {
          try {
            globalThis.localStorage?.setItem(VIEW_KEY, view);
          } catch {
            // A private window may refuse storage: the choice then lasts for this visit.
          }
          track(() => set({ view }));
        },

        pinRoadmapNodes(positions) {
          edit((s) => {
            const pins = { ...s.roadmapPins };
            for (const [id, position] of Object.entries(positions)) {
              if (position) pins[id] = { x: Math.round(position.x), y: Math.round(position.y) };
              else delete pins[id];
            }
            return { roadmapPins: pins };
          }, true);
        },

        clearRoadmapPins() {
          if (Object.keys(get().roadmapPins).length > 0) edit(() => ({ roadmapPins: {} }), true);
        },

        loadCatalog() {
          // Followed for the app's life once asked for; asking again hands over the current catalog.
          stopCatalog?.();
          stopCatalog = followReads(
            [
              { name: 'skills.list', input: {}, action: 'Loading skills' },
              { name: 'courses.list', input: {}, action: 'Loading courses' },
              { name: 'categories.list', input: {}, action: 'Loading skill categories' },
            ] as const,
            ([skills, courses, categories]) => {
              const catalog = get().catalog;
              if (catalog?.skills === skills && catalog.courses === courses && catalog.categories === categories) return;
              track(() => set((s) => ({ catalog: { skills, courses, categories }, structure: s.structure + 1 })));
            },
          );
        },

        loadTeam() {
          if (!get().team) set({ teamStatus: 'loading' });
          stopTeam?.();
          stopTeam = followReads(
            [{ name: 'plans.team', input: {}, action: 'Loading the team’s learning paths' }] as const,
            ([team]) => {
              if (get().team !== team) set({ team, teamStatus: 'ready' });
            },
            // Reported in the error banner by the data layer; the screen says so in its place.
            () => set({ teamStatus: 'failed' }),
          );
        },

        async open(memberId, planId = null) {
          set({ memberId, loadStatus: 'loading', message: null });
          try {
            const workspace = await call('plans.workspace', { memberId, planId });
            if (get().memberId !== memberId) return;
            track(() => set({ workspace, loadStatus: 'ready', save: { state: 'saved', error: null } }));
            if (workspace.plan) get().showPlan(workspace.plan, false);
            else track(() => set({ nodes: [], edges: [], roadmapPins: {}, saved: { nodes: [], edges: [], roadmapPins: {} }, structure: get().structure + 1 }));
            usePaths.temporal.getState().clear();
          } catch (error) {
            set({ loadStatus: 'failed' });
            useNotices.getState().report('Opening the learning path', error);
          }
        },

        async refreshFacts() {
          const { memberId, workspace } = get();
          if (!memberId || !workspace) return;
          try {
            const fresh = await call('plans.workspace', { memberId, planId: workspace.plan?.id ?? null });
            track(() => set((s) => ({ workspace: { ...fresh, plan: s.workspace?.plan ?? fresh.plan }, structure: s.structure + 1 })));
          } catch (error) {
            useNotices.getState().report('Reloading the member’s levels', error);
          }
        },

        showPlan(plan, undoable) {
          const nodes = plan.nodes.map(({ startDate: _s, endDate: _e, ...n }) => toFlowNode(n));
          const edges = plan.edges.map(toFlowEdge);
          const saved = { nodes: nodes.map(toDraft), edges: plan.edges, roadmapPins: plan.settings.roadmapPins };
          const apply = () =>
            set((s) => ({
              workspace: s.workspace && {
                ...s.workspace,
                plan,
                plans: s.workspace.plans.some((p) => p.id === plan.id)
                  ? s.workspace.plans.map((p) => (p.id === plan.id ? { ...p, name: plan.name, generatedAt: plan.generatedAt } : p))
                  : [...s.workspace.plans, { ...plan, nodeCount: plan.nodes.length, courseCount: plan.nodes.filter((n) => n.kind === 'course').length }],
              },
              nodes,
              edges,
              roadmapPins: plan.settings.roadmapPins,
              saved,
              version: nextVersion(),
              structure: s.structure + 1,
            }));
          if (undoable) apply();
          else track(apply);
        },

        say(text, tone = 'info') {
          track(() => set({ message: { text, tone } }));
        },

        onNodesChange(changes) {
          const moves = changes.filter((c) => c.type === 'position');
          const edits = changes.filter((c) => c.type !== 'position' && c.type !== 'select' && c.type !== 'dimensions');
          if (edits.length > 0) {
            edit((s) => ({ nodes: applyNodeChanges(changes, s.nodes) }));
          } else if (moves.length > 0 && !dragStart && moves.some((c) => c.type === 'position' && !c.dragging && c.position)) {
            // A move by keyboard (arrow keys): one undo step each.
            edit((s) => ({ nodes: applyNodeChanges(changes, s.nodes) }), true);
          } else {
            // Selection, measuring, and positions during a drag: not an edit (the drag is one when it ends).
            set((s) => ({ nodes: applyNodeChanges(changes, s.nodes) }));
          }
        },

        onEdgesChange(changes) {
          const edits = changes.filter((c) => c.type !== 'select');
          if (edits.length > 0) edit((s) => ({ edges: applyEdgeChanges(changes, s.edges) }));
          else set((s) => ({ edges: applyEdgeChanges(changes, s.edges) }));
        },

        beginDrag() {
          const { nodes, edges, roadmapPins, version } = get();
          dragStart = { nodes, edges, roadmapPins, version };
          usePaths.temporal.getState().pause();
        },

        endDrag() {
          const before = dragStart;
          dragStart = null;
          if (!before) return;
          const moved = get().nodes.some((n) => {
            const old = before.nodes.find((o) => o.id === n.id);
            return old && (old.position.x !== n.position.x || old.position.y !== n.position.y);
          });
          if (moved) set({ version: nextVersion() });
          const temporalState = usePaths.temporal.getState();
          temporalState.resume();
          if (moved) usePaths.temporal.setState({ pastStates: [...temporalState.pastStates, before], futureStates: [] });
        },

        addNode(fields, position, extraEdges = [], id = newId('node')) {
          const node = toFlowNode({
            id,
            skillId: null,
            courseId: null,
            milestoneSkillId: null,
            label: '',
            status: 'planned',
            targetLevel: null,
            note: '',
            origin: 'manual',
            ...fields,
            x: Math.round(position.x),
            y: Math.round(position.y),
          });
          edit((s) => ({
            nodes: [...s.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), { ...node, selected: true }],
            edges: [...s.edges, ...extraEdges.map((e) => toFlowEdge({ id: newId('edge'), ...e }))],
          }));
          return id;
        },

        addEdge(source, target, kind = 'order') {
          edit((s) => ({ edges: [...s.edges, toFlowEdge({ id: newId('edge'), source, target, kind })] }));
        },

        updateNodes(ids, patch, coalesce) {
          const wanted = new Set(ids);
          const now = Date.now();
          const merge = coalesce !== undefined && lastCoalesce?.key === coalesce && now - lastCoalesce.at < 1500;
          lastCoalesce = coalesce === undefined ? null : { key: coalesce, at: now };
          edit((s) => ({ nodes: s.nodes.map((n) => (wanted.has(n.id) ? { ...n, data: { ...n.data, ...patch } } : n)) }));
          if (merge) usePaths.temporal.setState((t) => ({ pastStates: t.pastStates.slice(0, -1) }));
        },

        changeStatus(ids, status) {
          const { nodes } = get();
          const changed = nodes.filter((n) => ids.includes(n.id) && n.data.status !== status && n.data.kind !== 'skill');
          if (changed.length === 0) return;
          get().updateNodes(changed.map((n) => n.id), { status });
          const courses = changed.filter((n) => n.data.kind === 'course');
          if (status === 'done' && courses.length > 0) set({ completionOffer: { nodeIds: courses.map((n) => n.id) } });
        },

        dismissCompletionOffer() {
          set({ completionOffer: null });
        },

        deleteSelected() {
          const { nodes, edges } = get();
          const gone = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
          const keptEdges = edges.filter((e) => !e.selected && !gone.has(e.source) && !gone.has(e.target));
          const removed = gone.size + (edges.length - keptEdges.length);
          if (removed > 0) edit(() => ({ nodes: nodes.filter((n) => !gone.has(n.id)), edges: keptEdges }));
          return removed;
        },

        autoLayout() {
          const { nodes, edges } = get();
          const positions = layoutPlan(
            nodes.map((n) => ({ id: n.id, kind: n.data.kind })),
            edges,
          );
          edit(() => ({ nodes: nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })) }), true);
        },

        undo() {
          usePaths.temporal.getState().undo();
          track(() => set((s) => ({ structure: s.structure + 1 })));
        },
        redo() {
          usePaths.temporal.getState().redo();
          track(() => set((s) => ({ structure: s.structure + 1 })));
        },
      };
    },
    {
      partialize: (s): Doc => ({ nodes: s.nodes, edges: s.edges, roadmapPins: s.roadmapPins, version: s.version }),
      equality: (past, current) => past.version === current.version,
      limit: 200,
    },
  ),
);

// A restored backup replaced every plan: the open one is forgotten with its undo history (the editor opens the
// member's plan afresh when shown). The catalog and the team's paths are followed reads and refresh themselves.
onStoreReplaced(() => {
  const empty = { nodes: [], edges: [], roadmapPins: {} };
  usePaths.setState({ ...empty, memberId: null, workspace: null, loadStatus: 'idle', saved: empty, save: { state: 'saved', error: null }, message: null, completionOffer: null });
  usePaths.setState((s) => ({ version: nextVersion(), structure: s.structure + 1 }));
  usePaths.temporal.getState().clear();
});
