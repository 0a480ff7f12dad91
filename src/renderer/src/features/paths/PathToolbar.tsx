import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { useStore } from 'zustand';
import { call } from '../../api';
import { useNotices } from '../../store/notices';
import { usePaths } from '../../store/paths';
import { saveNow } from './autosave';
import { BlackoutsDialog } from './BlackoutsDialog';
import { GenerateDialog } from './GenerateDialog';
import { Choice } from '../../components/Choice';
import { FIT_VIEW } from './PlanCanvas';
import { VariantMenu } from './VariantMenu';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

export function SaveIndicator() {
  const save = usePaths((s) => s.save);
  if (save.state === 'failed') {
    return (
      <span className="save-indicator save-indicator--failed" role="alert">
        Save failed: {save.error}{' '}
        <button type="button" className="button" onClick={() => void saveNow()}>
          Retry
        </button>
      </span>
    );
  }
  const text = { saved: 'All changes saved', pending: 'Unsaved changes…', saving: 'Saving…' }[save.state];
  return (
    <span className={`save-indicator save-indicator--${save.state}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}

/** The editor's actions: variants, generate, layout, undo and redo, fit, blackouts, parallel courses, save state. */
export function PathToolbar({ generateOpen, setGenerateOpen }: { generateOpen: boolean; setGenerateOpen: (open: boolean) => void }) {
  const workspace = usePaths((s) => s.workspace)!;
  const canUndo = useStore(usePaths.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(usePaths.temporal, (t) => t.futureStates.length > 0);
  const hasNodes = usePaths((s) => s.nodes.length > 0);
  const roadmapView = usePaths((s) => s.view === 'roadmap');
  const hasPins = usePaths((s) => Object.keys(s.roadmapPins).length > 0);
  const [blackoutsOpen, setBlackoutsOpen] = useState(false);
  const { fitView } = useReactFlow();
  const plan = workspace.plan;

  async function setParallel(value: string) {
    if (!plan) return;
    try {
      await saveNow();
      const updated = await call('plans.update', { planId: plan.id, maxParallel: Number(value) });
      usePaths.setState((s) => ({
        workspace: s.workspace && { ...s.workspace, plan: s.workspace.plan && { ...s.workspace.plan, settings: { ...s.workspace.plan.settings, maxParallel: updated.maxParallel } } },
        structure: s.structure + 1,
      }));
    } catch (error) {
      useNotices.getState().report('Changing how many courses run at once', error);
    }
  }

  return (
    <div className="path-toolbar" role="toolbar" aria-label="Plan actions">
      <VariantMenu />
      <button type="button" className="button button--primary" onClick={() => setGenerateOpen(true)} disabled={!workspace.targetRole}>
        Generate from gaps
      </button>
      <span className="path-toolbar__group">
        <button type="button" className="button" onClick={() => usePaths.getState().undo()} disabled={!canUndo} title={`Undo (${MOD}Z)`}>
          Undo
        </button>
        <button type="button" className="button" onClick={() => usePaths.getState().redo()} disabled={!canRedo} title={`Redo (Shift+${MOD}Z)`}>
          Redo
        </button>
      </span>
      {roadmapView ? (
        <button
          type="button"
          className="button"
          onClick={() => usePaths.getState().clearRoadmapPins()}
          disabled={!hasPins}
          title="Put the steps you placed by hand back where the roadmap lays them out"
        >
          Reset layout
        </button>
      ) : (
        <button type="button" className="button" onClick={() => usePaths.getState().autoLayout()} disabled={!hasNodes}>
          Auto-layout
        </button>
      )}
      <button type="button" className="button" onClick={() => void fitView({ ...FIT_VIEW, duration: 200 })} disabled={!hasNodes}>
        Fit view
      </button>
      <button type="button" className="button" onClick={() => setBlackoutsOpen(true)}>
        Blackouts{workspace.blackouts.length ? ` (${workspace.blackouts.length})` : ''}…
      </button>
      {plan && (
        <Choice
          label="Courses at once"
          value={String(plan.settings.maxParallel)}
          options={[1, 2, 3, 4].map((n) => ({ value: String(n), label: n === 1 ? 'One course at a time' : `Up to ${n} at once` }))}
          onChange={(v) => void setParallel(v)}
          hideLabel
        />
      )}
      <SaveIndicator />
      {generateOpen && <GenerateDialog open onOpenChange={setGenerateOpen} />}
      {blackoutsOpen && <BlackoutsDialog open onOpenChange={setBlackoutsOpen} />}
    </div>
  );
}
