import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { call } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { routeHref } from '../../router';
import { useNotices } from '../../store/notices';
import { usePaths } from '../../store/paths';
import { useAutosave } from './autosave';
import { CompleteCourseDialog } from './CompleteCourseDialog';
import { NodeInspector, NOTE_FIELD_ID } from './NodeInspector';
import { Palette } from './Palette';
import { isTyping } from './canvas-gestures';
import { FirstPaintContext, useFirstPaint } from './first-paint';
import { PlanFactsContext, useComputedPlanFacts } from './plan-facts';
import { PlanTimeline, PlanTotals } from './PlanSummary';
import { PathToolbar } from './PathToolbar';
import { PlanViews } from './roadmap/PlanViews';

/** Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes, anywhere in the editor but in a text field. */
function useUndoKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTyping(e.target) || document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        usePaths.getState().undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        usePaths.getState().redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

function Message() {
  const message = usePaths((s) => s.message);
  return (
    <div className={`path-message${message ? ` path-message--${message.tone}` : ''}`} role="status" aria-live="polite">
      {message && (
        <>
          <span>{message.text}</span>
          <button type="button" className="button button--quiet" onClick={() => usePaths.setState({ message: null })}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}

function Workspace() {
  const workspace = usePaths((s) => s.workspace)!;
  const catalog = usePaths((s) => s.catalog);
  const facts = useComputedPlanFacts(workspace, catalog);
  const [generateOpen, setGenerateOpen] = useState(false);
  // The canvas's first screen comes first; the panels beside and under it render the moment after.
  const firstPaint = useFirstPaint(!workspace.plan || usePaths.getState().nodes.length === 0);
  const panels = firstPaint.shown;
  useAutosave();
  useUndoKeys();
  if (!facts) return <Loading what="the catalog" />;

  const editNote = (nodeId: string) => {
    const { nodes, onNodesChange } = usePaths.getState();
    onNodesChange(nodes.map((n) => ({ type: 'select', id: n.id, selected: n.id === nodeId })));
    setTimeout(() => document.getElementById(NOTE_FIELD_ID)?.focus(), 50);
  };
  async function startEmpty() {
    try {
      const plan = await call('plans.create', { memberId: workspace.member.id, name: 'Main plan' });
      window.location.hash = routeHref('paths', workspace.member.id, plan.id);
    } catch (error) {
      useNotices.getState().report('Starting a plan', error);
    }
  }

  return (
    <PlanFactsContext.Provider value={facts}>
      <FirstPaintContext.Provider value={firstPaint}>
        <PathToolbar generateOpen={generateOpen} setGenerateOpen={setGenerateOpen} />
        <Message />
        <div className="path-editor">
          {panels ? <Palette /> : <section className="palette" aria-label="Palette" />}
          {workspace.plan ? (
            <PlanViews onEditNote={editNote} />
          ) : (
            <div className="plan-canvas plan-canvas--empty">
              <EmptyState title={`${workspace.member.name} has no learning path yet`}>
                <p>Generate one from the gaps to {workspace.targetRole ? `the ${workspace.targetRole.name} role` : 'a target role (set one on the Team screen)'}, or start an empty plan and drag skills and courses onto it.</p>
                <p className="empty-state__actions">
                  <button type="button" className="button button--primary" onClick={() => setGenerateOpen(true)} disabled={!workspace.targetRole}>
                    Generate from gaps
                  </button>
                  <button type="button" className="button" onClick={() => void startEmpty()}>
                    Start an empty plan
                  </button>
                </p>
              </EmptyState>
            </div>
          )}
          <aside className="inspector" aria-label="Plan details">
            {panels && (
              <>
                <PlanTotals />
                <NodeInspector />
                <p className="inspector__help">
                  Connect a node’s right handle to another’s left to order them. Select and press Delete to remove, 1–4 to set a status,
                  Ctrl+Z to undo. Right-click a node for more.
                </p>
              </>
            )}
          </aside>
        </div>
        <section className="path-timeline" aria-labelledby="path-timeline-title">
          <h2 id="path-timeline-title" className="path-timeline__title">
            Timeline
          </h2>
          {panels && <PlanTimeline />}
        </section>
        <CompleteCourseDialog />
      </FirstPaintContext.Provider>
    </PlanFactsContext.Provider>
  );
}

/** The learning path of one member: palette, graph, details and timeline. */
export function PathEditor({ memberId, planId }: { memberId: string; planId: string | null }) {
  const loadStatus = usePaths((s) => s.loadStatus);
  const workspace = usePaths((s) => s.workspace);
  const current = usePaths((s) => s.memberId);
  useEffect(() => {
    void usePaths.getState().loadCatalog();
    void usePaths.getState().open(memberId, planId);
  }, [memberId, planId]);

  const ready = current === memberId && loadStatus === 'ready' && workspace?.member.id === memberId;
  return (
    <div className="paths-screen">
      <PageHeader
        title={ready ? `Learning path · ${workspace!.member.name}` : 'Learning path'}
        subtitle={
          ready ? (
            <>
              {workspace!.member.title && `${workspace!.member.title} · `}
              {workspace!.targetRole ? `Target role: ${workspace!.targetRole.name}` : 'No target role yet: set one on the Team screen'}
            </>
          ) : undefined
        }
        actions={
          <a className="button" href={routeHref('paths')}>
            All learning paths
          </a>
        }
      />
      {loadStatus === 'failed' && current === memberId ? (
        <EmptyState title="This learning path could not be opened">
          <p>
            The error is shown above. <a href={routeHref('paths')}>Go back to all learning paths</a>.
          </p>
        </EmptyState>
      ) : ready ? (
        <ReactFlowProvider>
          <Workspace />
        </ReactFlowProvider>
      ) : (
        <Loading what="the learning path" />
      )}
    </div>
  );
}
