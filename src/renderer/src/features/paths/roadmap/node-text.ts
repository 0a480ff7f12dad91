import type { RoadmapNode } from '../../../../../shared/roadmap';
import { formatHours } from '../../catalog/format';
import { formatSpan, formatTotalHours } from '../format';
import type { PlanFacts } from '../plan-facts';

/** "Course · Provider" or "Milestones · 3 skills": the first line of a roadmap node, on the canvas and in the picture. */
export function kindLine(step: RoadmapNode, facts: PlanFacts): string {
  if (step.kind === 'milestones') return `Milestones · ${step.items.length} skill${step.items.length === 1 ? '' : 's'}`;
  const course = step.courseId ? facts.courses.get(step.courseId) : undefined;
  return course ? `Course · ${course.provider}` : 'Course · not in the catalog';
}

/** "4 Jan – 20 Jan 2027 · 12 h": when a step runs and how long it takes. */
export function metaLine(step: RoadmapNode, facts: PlanFacts): string {
  const span = formatSpan(step.start, step.end);
  if (step.kind === 'course') {
    const course = step.courseId ? facts.courses.get(step.courseId) : undefined;
    return course ? `${span} · ${formatHours(course.hours)}` : span;
  }
  const hours = step.planNodeIds.reduce((sum, id) => sum + (facts.schedule.nodeHours.get(id) ?? 0), 0);
  return hours > 0 ? `${span} · ${formatTotalHours(hours)}` : span;
}
