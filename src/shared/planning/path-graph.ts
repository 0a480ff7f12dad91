import { newId } from '../domain/ids';
import type { PlanEdgeKind, PlanNodeDraft } from '../domain/plan';
import { openGapReasonText } from '../reports/open-gaps';
import { proficiencyLabel, type TargetLevel } from '../domain/proficiency';
import { cycleIfAdded } from './graph';
import { layoutPlan } from './layout';
import type { PathChoice } from './path-generation';
import { teachesAtLeast, type SkillFacts } from './path-needs';

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: PlanEdgeKind;
}

export interface PlanGraph {
  nodes: PlanNodeDraft[];
  edges: GraphEdge[];
}

export interface GraphContext {
  skills: readonly SkillFacts[];
  skillName: (id: string) => string;
  courseTitle: (id: string) => string;
  makeId?: (prefix: string) => string;
}

/**
 * The graph of a generated path, laid out left to right:
 * - a skill node per skill the plan is about (role gaps and their prerequisites), aiming at the highest level
 *   needed; catalog prerequisites between them as `prerequisite` edges;
 * - a course node per chosen course, with an edge to each skill node it closes;
 * - a milestone per gap no course closes (mentoring or on-the-job work), before its skill node, and per entry
 *   requirement no course meets, before the course that needs it;
 * - ordering edges from the course meeting an entry requirement (or a prerequisite of a skill a course teaches)
 *   to the course that needs it. Edges that would close a cycle are left out.
 */
export function buildPathGraph(choice: PathChoice, context: GraphContext): PlanGraph {
  const makeId = context.makeId ?? newId;
  const nodes: PlanNodeDraft[] = [];
  const edges: GraphEdge[] = [];
  const base = { label: '', x: 0, y: 0, status: 'planned', note: '', origin: 'generated', skillId: null, courseId: null, milestoneSkillId: null, targetLevel: null } as const;

  const link = (source: string | undefined, target: string | undefined, kind: PlanEdgeKind = 'order') => {
    if (!source || !target || source === target) return;
    if (edges.some((e) => e.source === source && e.target === target)) return;
    const asEdges = edges.map((e) => ({ from: e.source, to: e.target }));
    if (cycleIfAdded(asEdges, source, target)) return;
    edges.push({ id: makeId('edge'), source, target, kind });
  };

  // Skill nodes: one per skill, at the highest level needed.
  const skillNode = new Map<string, string>();
  const targetOf = new Map<string, number>();
  for (const n of choice.fixed) targetOf.set(n.skill, Math.max(targetOf.get(n.skill) ?? 0, n.level));
  for (const [skill, level] of targetOf) {
    const id = makeId('node');
    skillNode.set(skill, id);
    nodes.push({ ...base, id, kind: 'skill', skillId: skill, targetLevel: level as TargetLevel });
  }

  const courseNode = new Map<string, string>();
  for (const c of choice.courses) {
    const id = makeId('node');
    courseNode.set(c.id, id);
    nodes.push({ ...base, id, kind: 'course', courseId: c.id });
  }

  // Milestones: a gap of the plan's skills (per skill, the highest open level), or an unmet entry requirement.
  const milestone = new Map<string, string>();
  for (const gap of choice.open) {
    const key = gap.origin === 'entry' ? `entry:${gap.skill}` : gap.skill;
    const existing = milestone.get(key);
    const node = existing ? nodes.find((n) => n.id === existing)! : null;
    if (node && (node.targetLevel ?? 0) >= gap.level) continue;
    const reason = openGapReasonText(gap, context.courseTitle);
    const label = `Mentoring or on-the-job work: ${context.skillName(gap.skill)}`;
    const target = `${context.skillName(gap.skill)} at ${proficiencyLabel(gap.level)}`;
    const note = gap.forCourseId
      ? `Reach ${target} before “${context.courseTitle(gap.forCourseId)}”: ${reason}.`
      : `Reach ${target} without a course: ${reason}.`;
    if (node) Object.assign(node, { targetLevel: gap.level, label, note });
    else {
      const id = makeId('node');
      milestone.set(key, id);
      nodes.push({ ...base, id, kind: 'milestone', milestoneSkillId: gap.skill, targetLevel: gap.level as TargetLevel, label, note });
    }
  }

  const prerequisitesOf = new Map(context.skills.map((s) => [s.id, s.prerequisites]));
  for (const [skill, id] of skillNode) {
    for (const p of prerequisitesOf.get(skill) ?? []) link(skillNode.get(p.skill), id, 'prerequisite');
    link(milestone.get(skill), id);
  }
  for (const c of choice.courses) {
    for (const [skill, level] of fixedLevels(choice)) {
      if (level.some((l) => teachesAtLeast(c, skill, l))) link(courseNode.get(c.id), skillNode.get(skill));
    }
  }
  // A milestone that reaches a skill to at least a level (the entry one first; a role gap's one also does).
  const milestoneFor = (skill: string, level: number) =>
    [milestone.get(`entry:${skill}`), milestone.get(skill)].find((id) => id && (nodes.find((n) => n.id === id)!.targetLevel ?? 0) >= level);
  for (const p of choice.entryProviders) {
    link(p.providerId ? courseNode.get(p.providerId) : milestoneFor(p.skill, p.level), courseNode.get(p.courseId));
  }
  // Learn a skill's prerequisites before the course that teaches the skill (unless that course teaches both).
  for (const c of choice.courses) {
    for (const n of choice.fixed) {
      if (!teachesAtLeast(c, n.skill, n.level)) continue;
      for (const p of prerequisitesOf.get(n.skill) ?? []) {
        if (!choice.fixed.some((f) => f.skill === p.skill && f.level === p.level) || teachesAtLeast(c, p.skill, p.level)) continue;
        const provider = choice.courses.find((d) => d !== c && teachesAtLeast(d, p.skill, p.level));
        link(provider ? courseNode.get(provider.id) : milestoneFor(p.skill, p.level), courseNode.get(c.id));
      }
    }
  }

  const positions = layoutPlan(nodes, edges);
  for (const n of nodes) Object.assign(n, positions.get(n.id));
  return { nodes, edges };
}

function fixedLevels(choice: PathChoice): Map<string, number[]> {
  const levels = new Map<string, number[]>();
  for (const n of choice.fixed) levels.set(n.skill, [...(levels.get(n.skill) ?? []), n.level]);
  return levels;
}
