import { Handle, Position, type Node, type NodeProps, type NodeTypes } from '@xyflow/react';
import { memo } from 'react';
import { STATUS_LABELS } from '../../../../../shared/domain/plan';
import { levelChipText, shownChips, type RoadmapNode } from '../../../../../shared/roadmap';

/** What a roadmap node shows besides the layout's facts: its kind line and its dates and hours. */
export interface RoadmapNodeData extends Record<string, unknown> {
  step: RoadmapNode;
  kindLine: string;
  meta: string;
  /** A course's entry requirement no earlier step meets. */
  flagged: boolean;
}
export type RoadmapFlowNode = Node<RoadmapNodeData, 'roadmapStep'>;

function RoadmapStepView({ data, selected }: NodeProps<RoadmapFlowNode>) {
  const { step } = data;
  const { shown, more } = shownChips(step.chips.length);
  const course = step.kind === 'course';
  return (
    <div
      className={`roadmap-node roadmap-node--${step.kind} roadmap-node--${step.status}${selected ? ' roadmap-node--selected' : ''}${data.flagged ? ' roadmap-node--flagged' : ''}${step.pinned ? ' roadmap-node--pinned' : ''}`}
      style={{ width: step.width, height: step.height }}
    >
      {course && <Handle type="target" position={Position.Left} className="plan-node__handle" />}
      <div className="roadmap-node__kind">
        <span>{data.kindLine}</span>
        {step.status !== 'planned' && <span className={`status-chip status-chip--${step.status}`}>{STATUS_LABELS[step.status]}</span>}
      </div>
      <div className="roadmap-node__title" title={step.title}>
        {step.titleLines.map((line, i) => (
          <span key={i} className="roadmap-node__title-line">
            {line}
          </span>
        ))}
      </div>
      <div className="roadmap-node__meta">{data.meta}</div>
      {step.chips.length > 0 && (
        <ul className="roadmap-node__chips" aria-label="Skills it raises">
          {step.chips.slice(0, shown).map((chip) => (
            <li key={chip.skillId} className="roadmap-chip" title={`${chip.name}: ${levelChipText(chip)}`}>
              <span className="roadmap-chip__name">{chip.name}</span>
              <span className="roadmap-chip__levels" aria-label={levelChipText(chip)}>
                {chip.from}→{chip.to}
              </span>
            </li>
          ))}
          {more > 0 && <li className="roadmap-chip roadmap-chip--more">+{more} more</li>}
        </ul>
      )}
      {course && <Handle type="source" position={Position.Right} className="plan-node__handle" />}
    </div>
  );
}

/** Defined once, outside any component, so React Flow never sees a new object. */
export const roadmapNodeTypes: NodeTypes = { roadmapStep: memo(RoadmapStepView) };
