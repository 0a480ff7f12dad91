import { Handle, Position, type NodeProps, type NodeTypes } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import { formatCoursePrice } from '../../../../shared/reports/money';
import { STATUS_LABELS } from '../../../../shared/domain/plan';
import { formatHours } from '../catalog/format';
import type { PlanFlowNode } from './flow-mapping';
import { formatDay, formatSpan, gapTone, levelName } from './format';
import { usePlanFacts } from './plan-facts';
import './plan-nodes.css';

function NoteIcon({ note }: { note: string }) {
  if (!note) return null;
  return (
    <span className="plan-node__note" title={note} aria-label="Has a note" role="img">
      ✎
    </span>
  );
}

function Frame({ kind, selected, status, children, flagged }: { kind: string; selected: boolean; status: string; children: ReactNode; flagged?: boolean }) {
  return (
    <div className={`plan-node plan-node--${kind} plan-node--${status}${selected ? ' plan-node--selected' : ''}${flagged ? ' plan-node--flagged' : ''}`}>
      <Handle type="target" position={Position.Left} className="plan-node__handle" />
      {children}
      <Handle type="source" position={Position.Right} className="plan-node__handle" />
    </div>
  );
}

function SkillNodeView({ id, data, selected }: NodeProps<PlanFlowNode>) {
  const facts = usePlanFacts();
  const skillId = data.skillId!;
  const current = facts.current.get(skillId) ?? 0;
  const target = facts.targetOf(skillId, data.targetLevel);
  const planned = facts.planned.get(id) ?? current;
  const tone = gapTone(current, target);
  const reached = facts.schedule.dates.get(id)?.end;
  return (
    <Frame kind="skill" selected={selected} status={data.status}>
      <div className="plan-node__kind">
        Skill <NoteIcon note={data.note} />
      </div>
      <div className="plan-node__title">{facts.skillName(skillId)}</div>
      <div className="plan-node__levels">
        <span className={`gap-chip gap-chip--${tone}`} title={`Now ${levelName(current)}, target ${levelName(target)}`}>
          {current} → {target}
        </span>
        <span className="plan-node__muted">
          {levelName(current)} → {levelName(target)}
        </span>
      </div>
      <div className={planned >= target ? 'plan-node__ok' : 'plan-node__muted'}>
        {planned >= target ? `Reached by the plan${reached ? ` · ${formatDay(reached)}` : ''}` : tone === 'met' ? 'Already met' : `Plan reaches ${levelName(planned)}`}
      </div>
    </Frame>
  );
}

function CourseNodeView({ id, data, selected }: NodeProps<PlanFlowNode>) {
  const facts = usePlanFacts();
  const course = facts.courses.get(data.courseId!);
  const dates = facts.schedule.dates.get(id);
  const missing = facts.missing.get(id) ?? [];
  return (
    <Frame kind="course" selected={selected} status={data.status} flagged={missing.length > 0}>
      <div className="plan-node__kind">
        Course · {course?.provider ?? 'Not in the catalog'} <NoteIcon note={data.note} />
      </div>
      <div className="plan-node__title" title={course?.title}>
        {course?.title ?? data.courseId}
      </div>
      <div className="plan-node__facts">
        <span>{course ? formatHours(course.hours) : '—'}</span>
        <span>{course ? formatCoursePrice(course.cost, course.currency) : '—'}</span>
        <span className={`status-chip status-chip--${data.status}`}>{STATUS_LABELS[data.status]}</span>
      </div>
      <div className="plan-node__muted">{formatSpan(dates?.start ?? null, dates?.end ?? null)}</div>
      {missing.map((m) => (
        <div key={m.skill} className="plan-node__flag" role="note">
          ⚠ Needs {facts.skillName(m.skill)} at {levelName(m.level)} first (now {levelName(m.current)})
        </div>
      ))}
    </Frame>
  );
}

function MilestoneNodeView({ id, data, selected }: NodeProps<PlanFlowNode>) {
  const facts = usePlanFacts();
  const reached = facts.schedule.dates.get(id)?.end;
  return (
    <Frame kind="milestone" selected={selected} status={data.status}>
      <div className="plan-node__kind">
        Milestone <NoteIcon note={data.note} />
      </div>
      <div className="plan-node__title" title={data.label}>
        {data.label || 'Milestone'}
      </div>
      <div className="plan-node__muted">
        {data.targetLevel ? `To ${levelName(data.targetLevel)}` : STATUS_LABELS[data.status]}
        {reached ? ` · ${formatDay(reached)}` : ''}
      </div>
    </Frame>
  );
}

/** Defined once, outside any component, so React Flow never sees a new object. */
export const nodeTypes: NodeTypes = {
  skill: memo(SkillNodeView),
  course: memo(CourseNodeView),
  milestone: memo(MilestoneNodeView),
};
