import { useShallow } from 'zustand/react/shallow';
import { formatCoursePrice } from '../../../../shared/reports/money';
import { PLAN_NODE_STATUSES, STATUS_LABELS, type PlanNodeStatus } from '../../../../shared/domain/plan';
import { usePaths } from '../../store/paths';
import type { PlanFlowNode } from './flow-mapping';
import { formatHours } from '../catalog/format';
import { formatDay, formatSpan, levelName } from './format';
import { bookingText } from '../../../../shared/reports/plan-effort-text';
import { usePlanFacts } from './plan-facts';
import { Choice } from '../../components/Choice';

export const NOTE_FIELD_ID = 'plan-node-note';

const statusOptions = PLAN_NODE_STATUSES.map((s, i) => ({ value: s, label: `${STATUS_LABELS[s]} (${i + 1})` }));
const levelOptions = [1, 2, 3, 4, 5].map((l) => ({ value: String(l), label: `${l} · ${levelName(l)}` }));

function SingleNode({ id }: { id: string }) {
  const facts = usePlanFacts();
  const data = usePaths((s) => s.nodes.find((n) => n.id === id)?.data);
  if (!data) return null;
  const { updateNodes, changeStatus } = usePaths.getState();
  const hoursPerLevel = usePaths.getState().workspace?.milestoneHoursPerLevel ?? 0;
  const course = data.courseId ? facts.courses.get(data.courseId) : undefined;
  const dates = facts.schedule.dates.get(id);
  const exam = facts.schedule.exams.get(id);
  const booking = facts.schedule.bookings.get(id);
  const milestone = facts.milestones.get(id);
  const title =
    data.kind === 'skill' ? facts.skillName(data.skillId!) : data.kind === 'course' ? (course?.title ?? data.courseId) : data.label || 'Milestone';
  return (
    <div className="inspector__body">
      <p className="inspector__kind">{data.kind === 'skill' ? 'Skill' : data.kind === 'course' ? 'Course' : 'Milestone'}</p>
      <h2 className="inspector__title">{title}</h2>
      {course && (
        <dl className="facts inspector__facts">
          <dt>Provider</dt>
          <dd>{course.provider}</dd>
          <dt>{course.examHours !== null ? 'Study hours' : 'Hours'}</dt>
          <dd>{formatHours(course.hours)}</dd>
          {course.examHours !== null && (
            <>
              <dt>Exam</dt>
              <dd>
                {formatHours(course.examHours)}
                {exam?.date ? `, ${formatDay(exam.date)}` : ''}
              </dd>
            </>
          )}
          {booking && (
            <>
              <dt>Booking</dt>
              <dd>{bookingText(booking)}</dd>
            </>
          )}
          <dt>Cost</dt>
          <dd>{formatCoursePrice(course.cost, course.currency)}</dd>
          <dt>Dates</dt>
          <dd>{formatSpan(dates?.start ?? null, dates?.end ?? null)}</dd>
          <dt>Teaches</dt>
          <dd>{course.teaches.map((t) => `${facts.skillName(t.skill)} → ${levelName(t.level)}`).join('; ') || '—'}</dd>
          {course.requires.length > 0 && (
            <>
              <dt>Requires</dt>
              <dd>{course.requires.map((t) => `${facts.skillName(t.skill)} at ${levelName(t.level)}`).join('; ')}</dd>
            </>
          )}
        </dl>
      )}
      {data.kind === 'skill' && (
        <dl className="facts inspector__facts">
          <dt>Now</dt>
          <dd>{levelName(facts.current.get(data.skillId!) ?? 0)}</dd>
          <dt>Plan reaches</dt>
          <dd>{levelName(facts.planned.get(id) ?? 0)}</dd>
        </dl>
      )}
      {data.kind === 'milestone' && milestone && (
        <dl className="facts inspector__facts">
          <dt>Effort</dt>
          <dd>
            {formatHours(facts.schedule.nodeHours.get(id) ?? 0)} ({milestone.levels} level{milestone.levels === 1 ? '' : 's'} ×{' '}
            {formatHours(hoursPerLevel)})
          </dd>
          <dt>Dates</dt>
          <dd>{formatSpan(dates?.start ?? null, dates?.end ?? null)}</dd>
          <dt>Mentor</dt>
          <dd>
            {milestone.mentors.length
              ? milestone.mentors.map((m) => `${m.name} (${levelName(m.level)})`).join(', ')
              : 'External: no teammate is at this level'}
          </dd>
        </dl>
      )}
      {(facts.missing.get(id) ?? []).map((m) => (
        <p key={m.skill} className="inspector__flag" role="note">
          Needs {facts.skillName(m.skill)} at {levelName(m.level)} (now {levelName(m.current)}), and no step before it teaches that. Connect a
          course that does, or add a milestone before it.
        </p>
      ))}
      {data.kind !== 'skill' && (
        <Choice label="Status" value={data.status} options={statusOptions} onChange={(v) => changeStatus([id], v as PlanNodeStatus)} />
      )}
      {data.kind !== 'course' && (
        <Choice
          label="Target level"
          value={String(data.kind === 'skill' ? facts.targetOf(data.skillId!, data.targetLevel) : (data.targetLevel ?? 3))}
          options={levelOptions}
          onChange={(v) => updateNodes([id], { targetLevel: Number(v) as 1 | 2 | 3 | 4 | 5 })}
        />
      )}
      {data.kind === 'milestone' && (
        <label className="field">
          <span className="field__label">Label</span>
          <input className="input" value={data.label} maxLength={300} onChange={(e) => updateNodes([id], { label: e.target.value }, `label:${id}`)} />
        </label>
      )}
      <label className="field">
        <span className="field__label">Note</span>
        <textarea
          id={NOTE_FIELD_ID}
          className="input inspector__note"
          rows={4}
          maxLength={5000}
          value={data.note}
          placeholder="Why this step, who to ask, when it is booked…"
          onChange={(e) => updateNodes([id], { note: e.target.value }, `note:${id}`)}
        />
      </label>
    </div>
  );
}

/** The selected nodes' ids and kinds (as strings, so an unchanged selection compares equal) and the selected edges. */
function selectionOf(s: { nodes: readonly PlanFlowNode[]; edges: readonly { selected?: boolean }[] }) {
  const ids: string[] = [];
  const kinds: string[] = [];
  for (const n of s.nodes) {
    if (!n.selected) continue;
    ids.push(n.id);
    kinds.push(n.data.kind);
  }
  let selectedEdges = 0;
  for (const e of s.edges) if (e.selected) selectedEdges++;
  return { ids: ids.join('\n'), kinds: kinds.join('\n'), selectedEdges };
}

/** Details of what is selected: status, target level, note; several selected: their common actions. */
export function NodeInspector() {
  // One pass over the graph per store change (a drag changes it every frame); re-renders only when the selection does.
  const selection = usePaths(useShallow(selectionOf));
  const ids = selection.ids ? selection.ids.split('\n') : [];
  const kinds = selection.kinds ? selection.kinds.split('\n') : [];
  const { selectedEdges } = selection;
  if (ids.length === 1) return <SingleNode id={ids[0]!} />;
  if (ids.length === 0 && selectedEdges === 0) return null;
  return (
    <div className="inspector__body">
      <h2 className="inspector__title">
        {ids.length} step{ids.length === 1 ? '' : 's'}
        {selectedEdges ? ` and ${selectedEdges} edge${selectedEdges === 1 ? '' : 's'}` : ''} selected
      </h2>
      {kinds.some((k) => k !== 'skill') && (
        <div className="inspector__statuses" role="group" aria-label="Set status">
          {PLAN_NODE_STATUSES.map((s) => (
            <button key={s} type="button" className="button" onClick={() => usePaths.getState().changeStatus(ids, s)}>
              {STATUS_LABELS[s]}
            </button>
          ))}
        </div>
      )}
      <button type="button" className="button button--danger" onClick={() => usePaths.getState().deleteSelected()}>
        Delete selected
      </button>
    </div>
  );
}
