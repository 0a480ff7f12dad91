import type { SkillAtLevel } from '../domain/catalog';
import type { PlanEdgeKind, PlanNodeKind, PlanNodeStatus } from '../domain/plan';
import { cycleIfAdded, describeCycle } from './graph';

/** The parts of a plan node the checks read. */
export interface CheckedNode {
  id: string;
  kind: PlanNodeKind;
  skillId: string | null;
  courseId: string | null;
  milestoneSkillId: string | null;
  targetLevel: number | null;
  status: PlanNodeStatus;
}

export interface CheckedEdge {
  source: string;
  target: string;
  kind?: PlanEdgeKind;
}

export interface CourseOutline {
  teaches: readonly SkillAtLevel[];
  requires: readonly SkillAtLevel[];
}

export interface MissingEntry {
  skill: string;
  /** The entry level the course asks for. */
  level: number;
  /** The member's level now. */
  current: number;
}

function ancestorsOf(nodes: readonly CheckedNode[], edges: readonly CheckedEdge[]): Map<string, Set<string>> {
  const preds = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) preds.get(e.target)?.push(e.source);
  const memo = new Map<string, Set<string>>();
  const visit = (id: string, trail: Set<string>): Set<string> => {
    const known = memo.get(id);
    if (known) return known;
    const all = new Set<string>();
    trail.add(id);
    for (const p of preds.get(id) ?? []) {
      if (trail.has(p)) continue; // a cycle cannot be saved; stay finite anyway
      all.add(p);
      for (const a of visit(p, trail)) all.add(a);
    }
    trail.delete(id);
    memo.set(id, all);
    return all;
  };
  for (const n of nodes) visit(n.id, new Set());
  return memo;
}

/** What an earlier step brings the member to, per skill: a course's teaching or a milestone's target. */
function levelsBroughtBy(node: CheckedNode, courses: ReadonlyMap<string, CourseOutline>): SkillAtLevel[] {
  if (node.status === 'skipped') return [];
  if (node.kind === 'course') return [...(courses.get(node.courseId!)?.teaches ?? [])];
  if (node.kind === 'milestone' && node.milestoneSkillId && node.targetLevel) {
    return [{ skill: node.milestoneSkillId, level: node.targetLevel as SkillAtLevel['level'] }];
  }
  return [];
}

/**
 * Courses placed before the skills they require: for each course node, the entry requirements the member
 * does not meet now and no step before it in the graph (a course teaching it, or a milestone reaching it)
 * brings them to.
 */
export function missingEntryLevels(
  nodes: readonly CheckedNode[],
  edges: readonly CheckedEdge[],
  courses: ReadonlyMap<string, CourseOutline>,
  current: ReadonlyMap<string, number>,
): Map<string, MissingEntry[]> {
  const ancestors = ancestorsOf(nodes, edges);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const result = new Map<string, MissingEntry[]>();
  for (const n of nodes) {
    if (n.kind !== 'course' || n.status === 'skipped' || n.status === 'done') continue;
    const course = courses.get(n.courseId!);
    if (!course) continue;
    const brought = [...ancestors.get(n.id)!].flatMap((a) => levelsBroughtBy(byId.get(a)!, courses));
    const missing = course.requires
      .filter((r) => (current.get(r.skill) ?? 0) < r.level && !brought.some((b) => b.skill === r.skill && b.level >= r.level))
      .map((r) => ({ skill: r.skill, level: r.level, current: current.get(r.skill) ?? 0 }));
    if (missing.length) result.set(n.id, missing);
  }
  return result;
}

/** The level the plan brings a skill node's skill to: its current level, raised by every step before it. */
export function plannedLevels(
  nodes: readonly CheckedNode[],
  edges: readonly CheckedEdge[],
  courses: ReadonlyMap<string, CourseOutline>,
  current: ReadonlyMap<string, number>,
): Map<string, number> {
  const ancestors = ancestorsOf(nodes, edges);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const result = new Map<string, number>();
  for (const n of nodes) {
    if (n.kind !== 'skill') continue;
    let level = current.get(n.skillId!) ?? 0;
    for (const a of ancestors.get(n.id)!) {
      for (const b of levelsBroughtBy(byId.get(a)!, courses)) if (b.skill === n.skillId) level = Math.max(level, b.level);
    }
    result.set(n.id, level);
  }
  return result;
}

/**
 * Why connecting `source → target` is refused, in the user's words, or null when the edge may be added.
 * A cycle is named step by step.
 */
export function connectionRefusal(
  edges: readonly CheckedEdge[],
  source: string,
  target: string,
  nameOf: (nodeId: string) => string,
): string | null {
  if (source === target) return 'A step cannot come before itself.';
  if (edges.some((e) => e.source === source && e.target === target)) {
    return `“${nameOf(source)}” already comes before “${nameOf(target)}”.`;
  }
  const cycle = cycleIfAdded(
    edges.map((e) => ({ from: e.source, to: e.target })),
    source,
    target,
  );
  if (cycle) {
    return `“${nameOf(source)}” cannot come before “${nameOf(target)}”: that would make a loop (${describeCycle(cycle, nameOf)}). Remove an edge of the loop first.`;
  }
  return null;
}

/**
 * The catalog prerequisite edges a skill node brings along: from each prerequisite skill already on the canvas
 * to it, and from it to each skill on the canvas that requires it (those that keep the graph acyclic).
 */
export function prerequisiteEdgesFor(
  nodeId: string,
  skillId: string,
  nodes: readonly CheckedNode[],
  edges: readonly CheckedEdge[],
  prerequisitesOf: ReadonlyMap<string, readonly SkillAtLevel[]>,
): { source: string; target: string }[] {
  const added: { source: string; target: string }[] = [];
  const all = () => [...edges, ...added].map((e) => ({ from: e.source, to: e.target }));
  const tryAdd = (source: string, target: string) => {
    if ([...edges, ...added].some((e) => e.source === source && e.target === target)) return;
    if (!cycleIfAdded(all(), source, target)) added.push({ source, target });
  };
  for (const other of nodes) {
    if (other.kind !== 'skill' || other.id === nodeId) continue;
    if ((prerequisitesOf.get(skillId) ?? []).some((p) => p.skill === other.skillId)) tryAdd(other.id, nodeId);
    if ((prerequisitesOf.get(other.skillId!) ?? []).some((p) => p.skill === skillId)) tryAdd(nodeId, other.id);
  }
  return added;
}
