import type { PlanNodeStatus } from '../domain/plan';
import { columnKeyOf, UNSCHEDULED_COLUMN } from './columns';
import type { RoadmapChip, RoadmapGranularity, RoadmapInput } from './types';

/** The lane of steps whose skills have no category the catalog knows (a free milestone, a course teaching nothing). */
export const OTHER_LANE = 'other';
export const MILESTONES_TITLE = 'Mentoring or on the job';

/** A roadmap node before it is placed. */
export interface Step {
  id: string;
  kind: 'course' | 'milestones';
  planNodeIds: string[];
  courseId: string | null;
  title: string;
  items: string[];
  chips: RoadmapChip[];
  status: PlanNodeStatus;
  start: string | null;
  end: string | null;
  lane: string;
  column: string;
}

const byDates = (a: { start: string | null; end: string | null; id: string }, b: { start: string | null; end: string | null; id: string }) =>
  (a.start ?? '9999').localeCompare(b.start ?? '9999') || (a.end ?? '9999').localeCompare(b.end ?? '9999') || a.id.localeCompare(b.id);

function groupStatus(statuses: readonly PlanNodeStatus[]): PlanNodeStatus {
  if (statuses.every((s) => s === 'skipped')) return 'skipped';
  const live = statuses.filter((s) => s !== 'skipped');
  if (live.every((s) => s === 'done')) return 'done';
  return live.some((s) => s === 'in_progress' || s === 'done') ? 'in_progress' : 'planned';
}

/**
 * The roadmap's steps: a node per course, and per lane and column one node grouping its milestones. Chips are
 * worked out in schedule order (start, end, id): a course raises each skill it teaches above the level reached so
 * far (the member's level, then earlier steps); a milestone lists its skill from the level reached so far to its
 * target (at least that level). Skipped steps show their chips but raise nothing for later ones.
 */
export function roadmapSteps(input: RoadmapInput, granularity: RoadmapGranularity): Step[] {
  const { catalog } = input;
  const categoryOf = (skill: string) => catalog.skills.get(skill)?.category ?? OTHER_LANE;
  const nameOf = (skill: string) => catalog.skills.get(skill)?.name ?? skill;
  const datesOf = (id: string) => input.dates.get(id) ?? { start: null, end: null };
  const columnOf = (start: string | null) => (start ? columnKeyOf(start, granularity) : UNSCHEDULED_COLUMN);
  const categoryRank = new Map([...catalog.categories.keys()].map((id, i) => [id, i]));
  const rank = (lane: string) => (lane === OTHER_LANE ? Number.MAX_SAFE_INTEGER : (categoryRank.get(lane) ?? Number.MAX_SAFE_INTEGER - 1));

  const work = input.nodes
    .filter((n) => n.kind === 'course' || n.kind === 'milestone')
    .map((n) => ({ node: n, id: n.id, ...datesOf(n.id) }))
    .sort(byDates);
  const reached = new Map(input.current);
  const level = (skill: string) => reached.get(skill) ?? 0;

  const steps: Step[] = [];
  const groups = new Map<string, Step>();
  for (const { node, start, end } of work) {
    const raises = node.status !== 'skipped';
    if (node.kind === 'course') {
      const course = node.courseId ? catalog.courses.get(node.courseId) : undefined;
      const chips: RoadmapChip[] = [];
      const taught = [...(course?.teaches ?? [])].sort((a, b) => a.skill.localeCompare(b.skill));
      for (const t of taught) {
        const from = level(t.skill);
        if (t.level <= from) continue;
        chips.push({ skillId: t.skill, name: nameOf(t.skill), from, to: t.level });
      }
      if (raises) for (const c of chips) reached.set(c.skillId, c.to);
      chips.sort((a, b) => rank(categoryOf(a.skillId)) - rank(categoryOf(b.skillId)) || a.name.localeCompare(b.name) || a.skillId.localeCompare(b.skillId));
      steps.push({
        id: node.id,
        kind: 'course',
        planNodeIds: [node.id],
        courseId: node.courseId,
        title: course?.title ?? (node.label || 'A course no longer in the catalog'),
        items: [],
        chips,
        status: node.status,
        start,
        end,
        lane: courseLane(chips, taught.map((t) => t.skill), categoryOf, rank),
        column: columnOf(start),
      });
      continue;
    }
    const skill = node.milestoneSkillId;
    const lane = skill ? categoryOf(skill) : OTHER_LANE;
    const column = columnOf(start);
    const id = `milestones:${lane}:${column}`;
    let group = groups.get(id);
    if (!group) {
      group = { id, kind: 'milestones', planNodeIds: [], courseId: null, title: MILESTONES_TITLE, items: [], chips: [], status: 'planned', start, end, lane, column };
      groups.set(id, group);
      steps.push(group);
    }
    group.planNodeIds.push(node.id);
    group.items.push(skill ? nameOf(skill) : node.label || 'Milestone');
    if (end && (!group.end || end > group.end)) group.end = end;
    if (skill) {
      const from = level(skill);
      const to = Math.max(from, node.targetLevel ?? from);
      group.chips.push({ skillId: skill, name: nameOf(skill), from, to });
      if (raises) reached.set(skill, to);
    }
  }
  const statusOf = new Map(input.nodes.map((n) => [n.id, n.status]));
  for (const g of groups.values()) {
    g.status = groupStatus(g.planNodeIds.map((id) => statusOf.get(id)!));
    g.planNodeIds.sort();
  }
  return steps;
}

/** A course's lane: the category of most of the skills it raises (ties: the catalog's order), else of what it teaches. */
function courseLane(chips: readonly RoadmapChip[], taught: readonly string[], categoryOf: (s: string) => string, rank: (lane: string) => number): string {
  const skills = chips.length > 0 ? chips.map((c) => c.skillId) : taught;
  if (skills.length === 0) return OTHER_LANE;
  const count = new Map<string, number>();
  for (const s of skills) count.set(categoryOf(s), (count.get(categoryOf(s)) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]))[0]![0];
}

/**
 * "This step must come before that one", between roadmap nodes: for each course or milestone, its nearest
 * course or milestone ancestors in the plan's graph, looking through skill nodes; steps inside one group are not
 * linked, and a link implied by two others (A → B → C makes A → C) is left out.
 */
export function roadmapLinks(input: RoadmapInput, steps: readonly Step[]): { source: string; target: string }[] {
  const stepOf = new Map<string, string>();
  for (const s of steps) for (const id of s.planNodeIds) stepOf.set(id, s.id);
  const nodeIds = new Set(input.nodes.map((n) => n.id));
  const predecessors = new Map<string, string[]>();
  for (const e of input.edges) {
    if (!nodeIds.has(e.source) || !nodeIds.has(e.target)) continue;
    predecessors.set(e.target, [...(predecessors.get(e.target) ?? []), e.source]);
  }
  // Nearest work ancestors of a plan node, through non-work nodes (memoised; a cycle is cut where it closes).
  const memo = new Map<string, Set<string>>();
  const visiting = new Set<string>();
  const nearest = (id: string): Set<string> => {
    const known = memo.get(id);
    if (known) return known;
    const found = new Set<string>();
    if (visiting.has(id)) return found;
    visiting.add(id);
    for (const p of predecessors.get(id) ?? []) {
      const step = stepOf.get(p);
      if (step) found.add(step);
      else for (const s of nearest(p)) found.add(s);
    }
    visiting.delete(id);
    memo.set(id, found);
    return found;
  };
  const direct = new Map<string, Set<string>>(steps.map((s) => [s.id, new Set()]));
  for (const s of steps) {
    for (const planId of s.planNodeIds) for (const before of nearest(planId)) if (before !== s.id) direct.get(s.id)!.add(before);
  }
  // Transitive reduction: drop A → C when C is also reached from A through another step.
  const ancestors = new Map<string, Set<string>>();
  const ancestorsOf = (id: string, seen = new Set<string>()): Set<string> => {
    const known = ancestors.get(id);
    if (known) return known;
    const all = new Set<string>();
    seen.add(id);
    for (const p of direct.get(id)!) {
      all.add(p);
      if (!seen.has(p)) for (const a of ancestorsOf(p, seen)) all.add(a);
    }
    ancestors.set(id, all);
    return all;
  };
  const links: { source: string; target: string }[] = [];
  for (const s of [...steps].sort((a, b) => a.id.localeCompare(b.id))) {
    const before = [...direct.get(s.id)!].sort();
    for (const p of before) {
      const implied = before.some((q) => q !== p && ancestorsOf(q).has(p));
      if (!implied) links.push({ source: p, target: s.id });
    }
  }
  return links;
}
