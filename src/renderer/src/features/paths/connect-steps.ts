import { connectionRefusal } from '../../../../shared/planning/plan-checks';
import { usePaths } from '../../store/paths';
import type { PlanFacts } from './plan-facts';

/** A plan node's name as the user knows it: the skill's name, the course's title or the milestone's label. */
export function stepName(facts: PlanFacts, id: string): string {
  const n = usePaths.getState().nodes.find((x) => x.id === id);
  if (!n) return id;
  if (n.data.kind === 'skill') return facts.skillName(n.data.skillId!);
  if (n.data.kind === 'course') return facts.courses.get(n.data.courseId!)?.title ?? n.data.courseId!;
  return n.data.label || 'Milestone';
}

/** "Source comes before target" as one undoable edit, or the refusal (a loop, itself, already so) said. */
export function connectSteps(facts: PlanFacts, source: string, target: string): boolean {
  const nameOf = (id: string) => stepName(facts, id);
  const store = usePaths.getState();
  const refusal = connectionRefusal(store.edges, source, target, nameOf);
  if (refusal) {
    store.say(refusal, 'error');
    return false;
  }
  store.addEdge(source, target);
  store.say(`“${nameOf(source)}” now comes before “${nameOf(target)}”.`);
  return true;
}
