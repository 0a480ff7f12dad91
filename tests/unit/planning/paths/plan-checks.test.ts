import { describe, expect, it } from 'vitest';
import type { PlanEdge, PlanNodeDraft } from '../../../../src/shared/domain/plan';
import { layoutPlan } from '../../../../src/shared/planning/layout';
import {
  connectionRefusal,
  missingEntryLevels,
  plannedLevels,
  prerequisiteEdgesFor,
  type CheckedNode,
} from '../../../../src/shared/planning/plan-checks';
import { diffPlanGraph, isEmptyChange } from '../../../../src/shared/planning/plan-diff';

const node = (id: string, kind: CheckedNode['kind'], ref: string | null, extra: Partial<CheckedNode> = {}): CheckedNode => ({
  id,
  kind,
  skillId: kind === 'skill' ? ref : null,
  courseId: kind === 'course' ? ref : null,
  milestoneSkillId: kind === 'milestone' ? ref : null,
  targetLevel: null,
  status: 'planned',
  ...extra,
});
const edge = (source: string, target: string) => ({ source, target });

const courses = new Map([
  ['llm-redteam', { teaches: [{ skill: 'red-teaming', level: 3 as const }], requires: [{ skill: 'python', level: 2 as const }] }],
  ['python-101', { teaches: [{ skill: 'python', level: 2 as const }], requires: [] }],
]);

describe('courses placed before the skills they require', () => {
  const nodes = [node('rt', 'course', 'llm-redteam'), node('py', 'course', 'python-101')];

  it('flags the missing entry level when nothing before the course teaches it', () => {
    expect(missingEntryLevels(nodes, [], courses, new Map([['python', 1]]))).toEqual(
      new Map([['rt', [{ skill: 'python', level: 2, current: 1 }]]]),
    );
    // Placed after the course that teaches it: no flag. Placed before it: still flagged.
    expect(missingEntryLevels(nodes, [edge('py', 'rt')], courses, new Map()).size).toBe(0);
    expect(missingEntryLevels(nodes, [edge('rt', 'py')], courses, new Map()).get('rt')).toHaveLength(1);
  });

  it('counts a path through other nodes, a milestone reaching the level, and the member’s own level', () => {
    const viaSkill = [...nodes, node('s', 'skill', 'python')];
    expect(missingEntryLevels(viaSkill, [edge('py', 's'), edge('s', 'rt')], courses, new Map()).size).toBe(0);
    const viaMilestone = [nodes[0]!, node('m', 'milestone', 'python', { targetLevel: 2 })];
    expect(missingEntryLevels(viaMilestone, [edge('m', 'rt')], courses, new Map()).size).toBe(0);
    expect(missingEntryLevels(nodes, [], courses, new Map([['python', 3]])).size).toBe(0);
  });

  it('a skipped course teaches nothing; a done course is not flagged', () => {
    const skipped = [node('rt', 'course', 'llm-redteam'), node('py', 'course', 'python-101', { status: 'skipped' })];
    expect(missingEntryLevels(skipped, [edge('py', 'rt')], courses, new Map()).size).toBe(1);
    const done = [node('rt', 'course', 'llm-redteam', { status: 'done' })];
    expect(missingEntryLevels(done, [], courses, new Map()).size).toBe(0);
  });

  it('plannedLevels: the level a skill node reaches through the steps before it', () => {
    const graph = [node('py', 'course', 'python-101'), node('s', 'skill', 'python', { targetLevel: 3 })];
    expect(plannedLevels(graph, [edge('py', 's')], courses, new Map([['python', 1]]))).toEqual(new Map([['s', 2]]));
    expect(plannedLevels(graph, [], courses, new Map([['python', 1]]))).toEqual(new Map([['s', 1]]));
  });
});

describe('connecting two nodes', () => {
  const names: Record<string, string> = { a: 'Python basics', b: 'LLM red teaming', c: 'Red teaming' };
  const nameOf = (id: string) => names[id]!;

  it('refuses an edge that would make a loop, naming the loop', () => {
    expect(connectionRefusal([edge('a', 'b'), edge('b', 'c')], 'c', 'a', nameOf)).toBe(
      '“Red teaming” cannot come before “Python basics”: that would make a loop (Red teaming → Python basics → LLM red teaming → Red teaming). Remove an edge of the loop first.',
    );
  });
  it('refuses a duplicate and a self-edge, and accepts a new ordering', () => {
    expect(connectionRefusal([edge('a', 'b')], 'a', 'b', nameOf)).toBe('“Python basics” already comes before “LLM red teaming”.');
    expect(connectionRefusal([], 'a', 'a', nameOf)).toBe('A step cannot come before itself.');
    expect(connectionRefusal([edge('a', 'b')], 'a', 'c', nameOf)).toBeNull();
  });

  it('a new skill node brings the catalog prerequisite edges to and from skills on the canvas', () => {
    const prerequisites = new Map([
      ['red-teaming', [{ skill: 'python', level: 2 as const }]],
      ['agent-security', [{ skill: 'red-teaming', level: 3 as const }]],
    ]);
    const nodes = [node('py', 'skill', 'python'), node('agents', 'skill', 'agent-security'), node('rt', 'skill', 'red-teaming')];
    expect(prerequisiteEdgesFor('rt', 'red-teaming', nodes, [], prerequisites)).toEqual([edge('py', 'rt'), edge('rt', 'agents')]);
    // Not one that would close a loop.
    expect(prerequisiteEdgesFor('rt', 'red-teaming', nodes, [edge('agents', 'py')], prerequisites)).toEqual([edge('py', 'rt')]);
  });
});

describe('layout and saving changes', () => {
  it('lays the graph out left to right', () => {
    const positions = layoutPlan(
      [{ id: 'a', kind: 'course' }, { id: 'b', kind: 'skill' }, { id: 'c', kind: 'milestone' }],
      [edge('a', 'b'), edge('b', 'c')],
    );
    expect(positions.get('a')!.x).toBeLessThan(positions.get('b')!.x);
    expect(positions.get('b')!.x).toBeLessThan(positions.get('c')!.x);
  });

  it('a save carries only what changed', () => {
    const a: PlanNodeDraft = {
      id: 'a', kind: 'course', skillId: null, courseId: 'python-101', milestoneSkillId: null, label: '', x: 0, y: 0,
      status: 'planned', targetLevel: null, note: '', origin: 'manual',
    };
    const b: PlanNodeDraft = { ...a, id: 'b', courseId: 'llm-redteam' };
    const e: PlanEdge = { id: 'e', source: 'a', target: 'b', kind: 'order' };
    const saved = { nodes: [a, b], edges: [e] };
    expect(isEmptyChange(diffPlanGraph(saved, saved))).toBe(true);
    const moved = diffPlanGraph(saved, { nodes: [{ ...a, x: 40 }, b], edges: [e] });
    expect(moved).toEqual({ upsertNodes: [{ ...a, x: 40 }], deleteNodeIds: [], upsertEdges: [], deleteEdgeIds: [] });
    const removed = diffPlanGraph(saved, { nodes: [a], edges: [] });
    expect(removed).toEqual({ upsertNodes: [], deleteNodeIds: ['b'], upsertEdges: [], deleteEdgeIds: ['e'] });
  });
});
