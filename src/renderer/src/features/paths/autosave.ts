import { useEffect } from 'react';
import { diffPlanGraph, isEmptyChange } from '../../../../shared/planning/plan-diff';
import { call } from '../../api';
import { onAppClosing } from '../../app-closing';
import { usePaths, type RoadmapPins } from '../../store/paths';
import { toDraft, toPlanEdge } from './flow-mapping';
import { messageOf } from './format';

/** Edits are saved this long after the last one (and at once when leaving the screen or closing the window). */
export const SAVE_DELAY_MS = 700;

let timer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<void> | null = null;
let lastStamp = 0;

/** Grows with every save, even when the clock does not (a save older than the newest applied is ignored). */
function nextStamp(): number {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return lastStamp;
}

function currentGraph() {
  const { nodes, edges, roadmapPins } = usePaths.getState();
  return { nodes: nodes.map(toDraft), edges: edges.map(toPlanEdge), roadmapPins };
}

const samePins = (a: RoadmapPins, b: RoadmapPins) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([id, p]) => b[id]?.x === p.x && b[id]?.y === p.y);

/** The graph's changes since the last save, and the roadmap's hand-placed positions when they changed. */
function changesSinceSaved(graph: ReturnType<typeof currentGraph>) {
  const { saved } = usePaths.getState();
  const changes = diffPlanGraph(saved, graph);
  const pinsChanged = !samePins(saved.roadmapPins, graph.roadmapPins);
  return { changes: pinsChanged ? { ...changes, roadmapPins: { ...graph.roadmapPins } } : changes, empty: isEmptyChange(changes) && !pinsChanged };
}

function setSave(state: 'saved' | 'pending' | 'saving' | 'failed', error: string | null = null) {
  usePaths.setState({ save: { state, error } });
}

/**
 * Sends what changed since the last confirmed save. One save runs at a time; edits made meanwhile are sent by
 * the next one. `keepalive` (closing the window) sends at once, beside any save already running: the stamps
 * keep the newer one in force whichever arrives first.
 */
export function saveNow(options: { keepalive?: boolean } = {}): Promise<void> {
  clearTimeout(timer);
  const planId = usePaths.getState().workspace?.plan?.id;
  if (!planId) return Promise.resolve();
  if (inFlight && !options.keepalive) {
    return inFlight.then(() => (usePaths.getState().save.state === 'pending' ? saveNow() : undefined));
  }
  const graph = currentGraph();
  const { changes, empty } = changesSinceSaved(graph);
  if (empty) {
    if (usePaths.getState().save.state !== 'failed') setSave('saved');
    return Promise.resolve();
  }
  setSave('saving');
  const version = usePaths.getState().version;
  const request = call('plans.save', { planId, stamp: nextStamp(), ...changes }, { keepalive: options.keepalive })
    .then(() => {
      if (usePaths.getState().workspace?.plan?.id !== planId) return;
      usePaths.setState({ saved: graph });
      setSave(usePaths.getState().version === version ? 'saved' : 'pending');
    })
    .catch((error: unknown) => {
      setSave('failed', messageOf(error));
    })
    .finally(() => {
      if (inFlight === request) inFlight = null;
    });
  if (!options.keepalive) inFlight = request;
  return request.then(() => (usePaths.getState().save.state === 'pending' ? saveNow() : undefined));
}

/** Saves soon after an edit. */
export function scheduleSave() {
  clearTimeout(timer);
  setSave('pending');
  timer = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
}

/**
 * While the editor is open: save after each edit (debounced), when the page is hidden or closed (with
 * keepalive, so the request outlives the page), and when the editor unmounts (leaving the screen).
 */
export function useAutosave() {
  useEffect(() => {
    const unsubscribe = usePaths.subscribe((s, prev) => {
      if (s.version !== prev.version && s.workspace?.plan && s.workspace.plan.id === prev.workspace?.plan?.id) {
        if (changesSinceSaved(currentGraph()).empty) {
          if (s.save.state === 'pending') setSave('saved');
        } else scheduleSave();
      }
    });
    const flush = () => void saveNow({ keepalive: true });
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    // The desktop app asks before closing its window: finish the save (and its answer) first.
    const stopClosingFlush = onAppClosing(() => saveNow());
    return () => {
      unsubscribe();
      stopClosingFlush();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      void saveNow();
    };
  }, []);
}
