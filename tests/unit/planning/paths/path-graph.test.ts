import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadEmbeddedCatalog } from '../../../../src/main/services/catalog/embedded';
import type { GenerationLimits, PlanNodeDraft } from '../../../../src/shared/domain/plan';
import { findCycle } from '../../../../src/shared/planning/graph';
import { chooseCourses, type PathProblem } from '../../../../src/shared/planning/path-generation';
import { buildPathGraph, type PlanGraph } from '../../../../src/shared/planning/path-graph';
import { mergeGeneratedGraph } from '../../../../src/shared/planning/path-merge';
import { missingEntryLevels, plannedLevels } from '../../../../src/shared/planning/plan-checks';
import { arbitraryProblem } from './random-catalog';

const catalog = loadEmbeddedCatalog();
const LIMITS: GenerationLimits = { objective: 'hours', budgetCap: null, budgetCurrency: null, freeOnly: false, excludedProviders: [], assumedPrices: {} };
let counter = 0;
const context = (problem: PathProblem) => ({
  skills: problem.skills,
  skillName: (id: string) => id,
  courseTitle: (id: string) => id,
  makeId: (prefix: string) => `${prefix}-${++counter}`,
});

function checkGraph(problem: PathProblem, graph: PlanGraph, choice: ReturnType<typeof chooseCourses>) {
  const ids = new Set(graph.nodes.map((n) => n.id));
  expect(ids.size).toBe(graph.nodes.length);
  for (const e of graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  expect(findCycle([...ids], graph.edges.map((e) => ({ from: e.source, to: e.target })))).toBeNull();
  // Every chosen course, every skill the plan is about, a milestone for every open gap.
  expect(graph.nodes.filter((n) => n.kind === 'course').map((n) => n.courseId).sort()).toEqual(choice.courses.map((c) => c.id).sort());
  expect(new Set(graph.nodes.filter((n) => n.kind === 'skill').map((n) => n.skillId))).toEqual(new Set(choice.fixed.map((n) => n.skill)));
  for (const gap of choice.open) {
    expect(graph.nodes.some((n) => n.kind === 'milestone' && n.milestoneSkillId === gap.skill && n.targetLevel! >= gap.level)).toBe(true);
  }
  const courses = new Map(problem.courses.map((c) => [c.id, c]));
  // The generator never places a course before what it requires.
  expect(missingEntryLevels(graph.nodes, graph.edges, courses, problem.current)).toEqual(new Map());
  // Every closed role need is reached on its skill node by the steps before it.
  const reached = plannedLevels(graph.nodes, graph.edges, courses, problem.current);
  for (const closed of choice.closed.filter((c) => c.origin !== 'entry')) {
    const node = graph.nodes.find((n) => n.kind === 'skill' && n.skillId === closed.skill)!;
    expect(reached.get(node.id)).toBeGreaterThanOrEqual(closed.level);
  }
}

describe('the generated graph', () => {
  it('for each role of the embedded catalog, from scratch: acyclic, complete, no course before its requirements, laid out left to right', () => {
    for (const role of catalog.roles) {
      const problem: PathProblem = {
        roleNeeds: role.requirements,
        current: new Map(),
        skills: catalog.skills,
        courses: catalog.courses,
        limits: LIMITS,
      };
      const choice = chooseCourses(problem);
      expect(choice.courses.length).toBeGreaterThan(0);
      const graph = buildPathGraph(choice, context(problem));
      checkGraph(problem, graph, choice);
      const at = new Map(graph.nodes.map((n) => [n.id, n]));
      for (const e of graph.edges) expect(at.get(e.source)!.x).toBeLessThan(at.get(e.target)!.x);
      expect(graph.nodes.every((n) => n.origin === 'generated' && n.status === 'planned')).toBe(true);
    }
  });

  it('on random catalogs: the same guarantees', () => {
    fc.assert(
      fc.property(arbitraryProblem({ maxCourses: 8 }), (problem) => {
        const choice = chooseCourses(problem);
        checkGraph(problem, buildPathGraph(choice, context(problem)), choice);
      }),
      { numRuns: 150 },
    );
  });

  it('draws prerequisites as their own edges and names a milestone after the gap it stands for', () => {
    const problem: PathProblem = {
      roleNeeds: [{ skill: 'tm', level: 3, importance: 3 }, { skill: 'forensics', level: 4, importance: 2 }],
      current: new Map(),
      skills: [
        { id: 'tm', prerequisites: [{ skill: 'py', level: 2 }] },
        { id: 'py', prerequisites: [] },
        { id: 'forensics', prerequisites: [] },
      ],
      courses: [
        { id: 'tm-course', provider: 'A', hours: 10, cost: 0, teaches: [{ skill: 'tm', level: 3 }], requires: [] },
        { id: 'py-course', provider: 'A', hours: 5, cost: 0, teaches: [{ skill: 'py', level: 2 }], requires: [] },
      ],
      limits: LIMITS,
    };
    const choice = chooseCourses(problem);
    const graph = buildPathGraph(choice, { ...context(problem), skillName: (id) => ({ forensics: 'Model forensics' })[id] ?? id });
    const node = (pred: (n: PlanNodeDraft) => boolean) => graph.nodes.find(pred)!;
    const tm = node((n) => n.skillId === 'tm');
    const py = node((n) => n.skillId === 'py');
    const pyCourse = node((n) => n.courseId === 'py-course');
    const tmCourse = node((n) => n.courseId === 'tm-course');
    const kinds = graph.edges.map((e) => `${e.source === py.id ? 'py' : e.source === pyCourse.id ? 'py-course' : e.source === tmCourse.id ? 'tm-course' : e.source}→${e.target === tm.id ? 'tm' : e.target === py.id ? 'py' : e.target === tmCourse.id ? 'tm-course' : e.target}:${e.kind}`);
    expect(kinds).toContain('py→tm:prerequisite');
    expect(kinds).toContain('py-course→py:order');
    expect(kinds).toContain('tm-course→tm:order');
    expect(kinds).toContain('py-course→tm-course:order');
    const milestone = node((n) => n.kind === 'milestone');
    expect(milestone.label).toBe('Mentoring or on-the-job work: Model forensics');
    expect(milestone.note).toBe('Reach Model forensics at Advanced without a course: no course in the catalog teaches it to this level.');
  });
});

describe('regenerating with merge', () => {
  const problem: PathProblem = {
    roleNeeds: [{ skill: 'tm', level: 3, importance: 3 }],
    current: new Map(),
    skills: [{ id: 'tm', prerequisites: [] }],
    courses: [{ id: 'tm-course', provider: 'A', hours: 10, cost: 0, teaches: [{ skill: 'tm', level: 3 }], requires: [] }],
    limits: LIMITS,
  };

  it('keeps manual nodes and their edges, and the position, status and note of a node generated again', () => {
    const first = buildPathGraph(chooseCourses(problem), context(problem));
    const course = first.nodes.find((n) => n.kind === 'course')!;
    Object.assign(course, { x: 900, y: 700, status: 'in_progress', note: 'Booked for March' });
    const manual: PlanNodeDraft = { ...course, id: 'manual-1', courseId: 'other', origin: 'manual', status: 'planned', note: '', x: 10, y: 10 };
    const existing: PlanGraph = {
      nodes: [...first.nodes, manual],
      edges: [...first.edges, { id: 'manual-edge', source: 'manual-1', target: course.id, kind: 'order' }],
    };
    const second = buildPathGraph(chooseCourses(problem), context(problem));
    const merged = mergeGeneratedGraph(existing, second);
    expect(merged.nodes.map((n) => n.id).sort()).toEqual([...first.nodes.map((n) => n.id), 'manual-1'].sort());
    const kept = merged.nodes.find((n) => n.id === course.id)!;
    expect(kept).toMatchObject({ x: 900, y: 700, status: 'in_progress', note: 'Booked for March' });
    expect(merged.edges.some((e) => e.id === 'manual-edge')).toBe(true);
    expect(merged.edges).toHaveLength(first.edges.length + 1);
  });

  it('drops generated nodes the new generation no longer has, unless they show progress', () => {
    const first = buildPathGraph(chooseCourses(problem), context(problem));
    const nothing = buildPathGraph(chooseCourses({ ...problem, current: new Map([['tm', 3]]) }), context(problem));
    expect(mergeGeneratedGraph(first, nothing).nodes).toEqual([]);
    const done = first.nodes.map((n) => (n.kind === 'course' ? { ...n, status: 'done' as const } : n));
    expect(mergeGeneratedGraph({ nodes: done, edges: first.edges }, nothing).nodes.map((n) => n.kind)).toEqual(['course']);
  });

  it('places new nodes below the kept ones', () => {
    const manual: PlanNodeDraft = {
      id: 'manual-1', kind: 'milestone', skillId: null, courseId: null, milestoneSkillId: null, label: 'Conference talk',
      x: 0, y: 500, status: 'planned', targetLevel: null, note: '', origin: 'manual',
    };
    const merged = mergeGeneratedGraph({ nodes: [manual], edges: [] }, buildPathGraph(chooseCourses(problem), context(problem)));
    for (const n of merged.nodes.filter((n) => n.id !== 'manual-1')) expect(n.y).toBeGreaterThan(500);
  });
});
