import { useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { layoutRoadmap, ROADMAP_GEOMETRY, type Roadmap, type RoadmapInput, type RoadmapPictureText } from '../../../../../shared/roadmap';
import { useNotices } from '../../../store/notices';
import { usePaths, type PathView } from '../../../store/paths';
import { ConnectDialog } from '../ConnectDialog';
import { usePlanFacts, type PlanFacts } from '../plan-facts';
import { PlanCanvas } from '../PlanCanvas';
import { kindLine, metaLine } from './node-text';
import { OPENING_ZOOM, openRoadmapAtStart, RoadmapCanvas } from './RoadmapCanvas';
import { roadmapFileName, saveRoadmapPng, saveRoadmapSvg } from './roadmap-export';
import { useRoadmapInput } from './roadmap-model';

function pictureText(facts: PlanFacts): RoadmapPictureText {
  const { workspace } = usePaths.getState();
  const member = workspace?.member;
  return {
    heading: `Learning path · ${member?.name ?? ''}`,
    subheading: [workspace?.targetRole ? `Target role: ${workspace.targetRole.name}` : null, workspace?.plan?.name].filter(Boolean).join(' · '),
    kindLine: (n) => kindLine(n, facts),
    meta: (n) => metaLine(n, facts),
  };
}

/** The phases of the plan (the roadmap's columns with steps): each moves the canvas to its weeks. */
function PhaseOutline({ roadmap }: { roadmap: Roadmap }) {
  const { setViewport, getViewport } = useReactFlow();
  const [current, setCurrent] = useState<string | null>(null);
  const phases = roadmap.columns.filter((c) => c.nodeIds.length > 0);
  const byId = new Map(roadmap.nodes.map((n) => [n.id, n]));
  const jump = (key: string) => {
    const column = roadmap.columns.find((c) => c.key === key)!;
    const zoom = Math.max(getViewport().zoom, OPENING_ZOOM);
    const top = Math.min(...column.nodeIds.map((id) => byId.get(id)!.y)) - ROADMAP_GEOMETRY.headerHeight - ROADMAP_GEOMETRY.laneTitleHeight;
    void setViewport({ x: -(column.x - ROADMAP_GEOMETRY.laneLabelWidth) * zoom, y: Math.min(0, -top * zoom), zoom }, { duration: 250 });
    setCurrent(key);
  };
  if (phases.length === 0) return null;
  return (
    <nav className="phase-outline" aria-label="Phases of the plan">
      <span className="phase-outline__title" aria-hidden="true">
        Phases
      </span>
      <ol className="phase-outline__list">
        {phases.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              className="phase-outline__phase"
              aria-current={current === c.key ? 'location' : undefined}
              onClick={() => jump(c.key)}
              title={`${c.range}: ${c.nodeIds.map((id) => byId.get(id)!.title).join(', ')}`}
            >
              <span className="phase-outline__label">{c.label}</span>
              <span className="phase-outline__count">
                {c.nodeIds.length} step{c.nodeIds.length === 1 ? '' : 's'}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function ViewSwitch({ view }: { view: PathView }) {
  const setView = usePaths((s) => s.setView);
  return (
    <div className="view-switch" role="group" aria-label="Canvas view">
      <button type="button" className="button button--small" aria-pressed={view === 'roadmap'} onClick={() => setView('roadmap')}>
        Roadmap
      </button>
      <button type="button" className="button button--small" aria-pressed={view === 'graph'} onClick={() => setView('graph')}>
        Full graph
      </button>
    </div>
  );
}

/** Saves the roadmap as a picture: laid out again with whole titles (the canvas shows at most three lines). */
function ExportButtons({ input, facts }: { input: RoadmapInput; facts: PlanFacts }) {
  const [busy, setBusy] = useState(false);
  const save = async (as: 'svg' | 'png') => {
    const name = roadmapFileName(usePaths.getState().workspace?.member.name ?? 'plan');
    const roadmap = layoutRoadmap({ ...input, titleMaxLines: Infinity });
    setBusy(true);
    try {
      const saved = as === 'svg' ? await saveRoadmapSvg(roadmap, pictureText(facts), name) : await saveRoadmapPng(roadmap, pictureText(facts), name);
      if (saved) usePaths.getState().say(`Saved the roadmap as ${as.toUpperCase()}.`);
    } catch (error) {
      useNotices.getState().report(`Saving the roadmap as ${as.toUpperCase()}`, error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="roadmap-export" role="group" aria-label="Save the roadmap as a picture">
      <button type="button" className="button button--small" disabled={busy} onClick={() => void save('svg')}>
        Save as SVG
      </button>
      <button type="button" className="button button--small" disabled={busy} onClick={() => void save('png')}>
        Save as PNG
      </button>
    </div>
  );
}

/**
 * The canvas area of the editor: the roadmap (default) or the full skill-level graph, a switch between them,
 * and for the roadmap its phases and picture export. "Connect to…" opens from either view's node menu.
 */
export function PlanViews({ onEditNote }: { onEditNote: (nodeId: string) => void }) {
  const view = usePaths((s) => s.view);
  const facts = usePlanFacts();
  // Laid out only while the roadmap is shown: the full graph does not wait for a picture it does not draw.
  const input = useRoadmapInput(facts, view === 'roadmap');
  const roadmap = useMemo(() => (input ? layoutRoadmap(input) : null), [input]);
  const planId = usePaths((s) => s.workspace?.plan?.id);
  const generatedAt = usePaths((s) => s.workspace?.plan?.generatedAt);
  const [connectFrom, setConnectFrom] = useState<string | null>(null);
  const rf = useReactFlow();
  // A new generation opens on its first weeks again.
  useEffect(() => {
    if (view === 'roadmap') openRoadmapAtStart(rf);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generatedAt]);

  return (
    <div className="plan-views">
      <div className="plan-views__bar">
        <ViewSwitch view={view} />
        {view === 'roadmap' && input && <ExportButtons input={input} facts={facts} />}
      </div>
      {view === 'roadmap' && roadmap && <PhaseOutline roadmap={roadmap} />}
      {view === 'roadmap' && roadmap ? (
        <RoadmapCanvas key={planId} roadmap={roadmap} facts={facts} onEditNote={onEditNote} onConnectFrom={setConnectFrom} />
      ) : (
        <PlanCanvas key={planId} onEditNote={onEditNote} onConnectFrom={setConnectFrom} />
      )}
      {connectFrom && <ConnectDialog sourceId={connectFrom} onClose={() => setConnectFrom(null)} />}
    </div>
  );
}
