import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../src/main/api';
import { openPlannerStore, type PlannerStore } from '../../../src/main/planner-store';
import type { OperationName, OperationOutput } from '../../../src/shared/api/contract';
import type { PlanNodeDraft } from '../../../src/shared/domain/plan';
import { tempDir } from '../../support/temp-dir';
import { EXACT_SEARCH_LIMIT } from '../../../src/shared/planning/exact-selection';

let tmp: ReturnType<typeof tempDir>;
let store: PlannerStore;
let api: Api;

function open() {
  store = openPlannerStore(tmp.file('planner.sqlite'));
  api = createApi({ db: store.db, file: store.file }, { checkOutputs: true });
}
beforeEach(() => {
  tmp = tempDir();
  open();
});
afterEach(() => {
  store.db.close();
  tmp.cleanup();
});

function call<N extends OperationName>(name: N, input: unknown): OperationOutput<N> {
  const result = api.call(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as OperationOutput<N>;
}
function refusal(name: OperationName, input: unknown) {
  const result = api.call(name, input);
  if (result.ok) throw new Error(`${name} was expected to be refused`);
  return result.error;
}
const rows = <T>(sql: string, ...params: unknown[]) => store.db.prepare(sql).all(...params) as T[];
const LIMITS = { objective: 'hours', budgetCap: null, freeOnly: false, excludedProviders: [] };

function addMember(extra: Record<string, unknown> = {}) {
  // 2026-03-02 is a Monday.
  return call('members.create', { name: 'Priya Raman', targetRoleId: 'ai-security-engineer', weeklyHours: 5, startDate: '2026-03-02', ...extra });
}
const draft = ({ startDate: _s, endDate: _e, ...n }: OperationOutput<'plans.generate'>['nodes'][number]): PlanNodeDraft => n;

describe('generating a plan', () => {
  it('writes a laid-out graph with scheduled dates into a new active “Main plan”', () => {
    const member = addMember();
    const plan = call('plans.generate', { memberId: member.id, limits: LIMITS });
    expect(plan).toMatchObject({ name: 'Main plan', isActive: true, targetRoleId: 'ai-security-engineer', editedSinceGeneration: false });
    // Exact search up to its limit of candidate courses, the heuristic beyond (the catalog decides which).
    expect(plan.generation!.method).toBe(plan.generation!.candidateCount <= EXACT_SEARCH_LIMIT ? 'exact' : 'heuristic');
    const courseNodes = plan.nodes.filter((n) => n.kind === 'course');
    expect(courseNodes.map((n) => n.courseId).sort()).toEqual([...plan.generation!.courseIds].sort());
    expect(courseNodes.length).toBeGreaterThan(0);
    // Every course is scheduled from the member's start date, and the rows in the file say so.
    for (const n of courseNodes) expect(n.startDate! >= '2026-03-02' && n.endDate! >= n.startDate!).toBe(true);
    const stored = rows<{ n: number }>("SELECT COUNT(*) AS n FROM plan_nodes WHERE plan_id = ? AND kind = 'course' AND end_date IS NOT NULL", plan.id);
    expect(stored[0]!.n).toBe(courseNodes.length);
    expect(rows('SELECT id FROM plan_edges WHERE plan_id = ?', plan.id)).toHaveLength(plan.edges.length);
    // Open gaps are milestones.
    expect(plan.nodes.filter((n) => n.kind === 'milestone').length).toBeGreaterThan(0);
  });

  it('refuses a member without a target role, saying what to do', () => {
    const member = addMember({ targetRoleId: null });
    expect(refusal('plans.generate', { memberId: member.id, limits: LIMITS }).message).toBe(
      'Priya Raman has no target role; set one on the Team screen, then generate the plan.',
    );
    expect(rows('SELECT id FROM plans WHERE member_id = ?', member.id)).toEqual([]);
  });

  it('merging keeps manual nodes and progress; replacing starts over', () => {
    const member = addMember();
    const plan = call('plans.generate', { memberId: member.id, limits: LIMITS });
    const course = plan.nodes.find((n) => n.kind === 'course')!;
    const unplanned = call('courses.list', {}).find((c) => !plan.nodes.some((n) => n.courseId === c.id))!;
    const manual: PlanNodeDraft = { ...draft(course), id: 'node-manual', courseId: unplanned.id, origin: 'manual', x: -500, y: -500 };
    call('plans.save', { planId: plan.id, stamp: 1, upsertNodes: [manual, { ...draft(course), status: 'in_progress', note: 'Started in March' }] });
    const merged = call('plans.generate', { memberId: member.id, planId: plan.id, limits: LIMITS, mode: 'merge' });
    expect(merged.nodes.find((n) => n.id === 'node-manual')).toBeDefined();
    expect(merged.nodes.find((n) => n.id === course.id)).toMatchObject({ status: 'in_progress', note: 'Started in March' });
    const replaced = call('plans.generate', { memberId: member.id, planId: plan.id, limits: LIMITS, mode: 'replace' });
    expect(replaced.nodes.find((n) => n.id === 'node-manual')).toBeUndefined();
    expect(replaced.editedSinceGeneration).toBe(false);
  });
});

describe('saving and loading a plan', () => {
  it('keeps positions, statuses, notes and edges across a restart of the store', () => {
    const member = addMember();
    const plan = call('plans.generate', { memberId: member.id, limits: LIMITS });
    const [a, b] = plan.nodes.filter((n) => n.kind === 'course');
    const milestone: PlanNodeDraft = {
      id: 'node-talk', kind: 'milestone', skillId: null, courseId: null, milestoneSkillId: null, label: 'Give a brown-bag talk',
      x: 1200.5, y: -40, status: 'planned', targetLevel: null, note: 'Pick a date with the team', origin: 'manual',
    };
    const result = call('plans.save', {
      planId: plan.id,
      stamp: 100,
      upsertNodes: [{ ...draft(a!), x: 321.25, y: 654, status: 'done', note: 'Finished early' }, milestone],
      upsertEdges: [{ id: 'edge-talk', source: b!.id, target: 'node-talk', kind: 'order' }],
      deleteEdgeIds: [plan.edges[0]!.id],
    });
    expect(result).toMatchObject({ applied: true, saveStamp: 100 });

    store.db.close();
    open();
    const loaded = call('plans.workspace', { memberId: member.id }).plan!;
    expect(loaded.editedSinceGeneration).toBe(true);
    expect(loaded.nodes.find((n) => n.id === a!.id)).toMatchObject({ x: 321.25, y: 654, status: 'done', note: 'Finished early' });
    expect(loaded.nodes.find((n) => n.id === 'node-talk')).toMatchObject({ label: 'Give a brown-bag talk', x: 1200.5, y: -40, note: 'Pick a date with the team' });
    expect(loaded.edges.find((e) => e.id === 'edge-talk')).toEqual({ id: 'edge-talk', source: b!.id, target: 'node-talk', kind: 'order' });
    expect(loaded.edges.find((e) => e.id === plan.edges[0]!.id)).toBeUndefined();
    expect(loaded.edges).toHaveLength(plan.edges.length);
    // The milestone after course b is reached the day b ends.
    expect(loaded.nodes.find((n) => n.id === 'node-talk')!.startDate).toBe(loaded.nodes.find((n) => n.id === b!.id)!.endDate);
  });

  it('refuses a save that would make a loop, naming it, and leaves the plan as it was', () => {
    const member = addMember();
    const plan = call('plans.generate', { memberId: member.id, limits: LIMITS });
    const edge = plan.edges.find((e) => e.kind === 'order')!;
    const error = refusal('plans.save', { planId: plan.id, stamp: 5, upsertEdges: [{ id: 'edge-back', source: edge.target, target: edge.source, kind: 'order' }], upsertNodes: [{ ...draft(plan.nodes[0]!), note: 'lost' }] });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^These steps would form a loop: .+ → .+ → .+\. Remove one of its edges; nothing was saved\.$/);
    expect(rows('SELECT id FROM plan_edges WHERE id = ?', 'edge-back')).toEqual([]);
    expect(rows<{ note: string }>('SELECT note FROM plan_nodes WHERE id = ?', plan.nodes[0]!.id)[0]!.note).toBe(plan.nodes[0]!.note);
  });

  it('does not apply a save older than one already applied (a late flush)', () => {
    const member = addMember();
    const plan = call('plans.generate', { memberId: member.id, limits: LIMITS });
    const node = draft(plan.nodes[0]!);
    call('plans.save', { planId: plan.id, stamp: 200, upsertNodes: [{ ...node, x: 2 }] });
    expect(call('plans.save', { planId: plan.id, stamp: 150, upsertNodes: [{ ...node, x: 1 }] })).toMatchObject({ applied: false, saveStamp: 200 });
    expect(rows<{ x: number }>('SELECT x FROM plan_nodes WHERE id = ?', node.id)[0]!.x).toBe(2);
  });

  it('refuses nodes of another plan and courses that are not in the catalog', () => {
    const member = addMember();
    const plan = call('plans.generate', { memberId: member.id, limits: LIMITS });
    const other = call('plans.create', { memberId: member.id, name: 'Budget option' });
    expect(refusal('plans.save', { planId: other.id, stamp: 1, upsertNodes: [draft(plan.nodes[0]!)] }).code).toBe('CONFLICT');
    const ghost = { ...draft(plan.nodes.find((n) => n.kind === 'course')!), id: 'node-ghost', courseId: 'no-such-course' };
    const error = refusal('plans.save', { planId: plan.id, stamp: 1, upsertNodes: [ghost] });
    expect(error.message).toBe('The course “no-such-course” is no longer in the catalog; remove its step from the plan.');
  });
});

describe('plan variants, blackouts, course ratings and the team view', () => {
  it('keeps one active plan per member through create, activate and delete', () => {
    const member = addMember();
    const main = call('plans.generate', { memberId: member.id, limits: LIMITS });
    const copy = call('plans.create', { memberId: member.id, name: 'Lowest cost', copyFromPlanId: main.id });
    expect(copy.isActive).toBe(false);
    expect(copy.nodes).toHaveLength(main.nodes.length);
    expect(copy.edges).toHaveLength(main.edges.length);
    expect(refusal('plans.create', { memberId: member.id, name: 'lowest COST' }).message).toBe(
      'Priya Raman already has a plan named “Lowest cost”; pick another name.',
    );
    call('plans.activate', { planId: copy.id });
    const active = () => rows<{ id: string }>('SELECT id FROM plans WHERE member_id = ? AND is_active = 1', member.id).map((r) => r.id);
    expect(active()).toEqual([copy.id]);
    expect(call('plans.delete', { planId: copy.id })).toEqual({ deletedName: 'Lowest cost', activePlanId: main.id });
    expect(active()).toEqual([main.id]);
    expect(call('plans.update', { planId: main.id, name: 'Fast track', maxParallel: 2 })).toMatchObject({ name: 'Fast track', maxParallel: 2 });
  });

  it('moves the schedule past a blackout period', () => {
    const member = addMember();
    const plan = call('plans.generate', { memberId: member.id, limits: LIMITS });
    const first = plan.nodes.filter((n) => n.kind === 'course').sort((a, b) => a.startDate!.localeCompare(b.startDate!))[0]!;
    expect(first.startDate).toBe('2026-03-02');
    call('blackouts.save', { memberId: member.id, periods: [{ startsOn: '2026-03-01', endsOn: '2026-03-15', label: 'Holiday' }] });
    const after = call('plans.workspace', { memberId: member.id });
    expect(after.blackouts).toMatchObject([{ startsOn: '2026-03-01', endsOn: '2026-03-15', label: 'Holiday' }]);
    expect(after.plan!.nodes.find((n) => n.id === first.id)!.startDate).toBe('2026-03-16');
    expect(refusal('blackouts.save', { memberId: member.id, periods: [{ startsOn: '2026-03-10', endsOn: '2026-03-01' }] }).code).toBe('INVALID_INPUT');
  });

  it('records the levels a completed course teaches as “course” ratings, never lowering a level', () => {
    const member = addMember();
    const course = call('courses.list', {}).find((c) => c.teaches.length >= 2)!;
    const [high, low] = course.teaches;
    call('ratings.add', { ratings: [{ memberId: member.id, skillId: high!.skill, level: 5, source: 'manager', ratedOn: '2025-01-10' }] });
    const { recorded } = call('plans.recordCourseRatings', { memberId: member.id, courseId: course.id, ratedOn: '2025-06-01' });
    expect(recorded.map((r) => r.skillId)).not.toContain(high!.skill);
    expect(recorded).toContainEqual({ skillId: low!.skill, level: low!.level, previous: 0 });
    const stored = rows<{ source: string; evidence: string }>('SELECT source, evidence FROM ratings WHERE member_id = ? AND skill_id = ?', member.id, low!.skill);
    expect(stored).toEqual([{ source: 'course', evidence: `Completed “${course.title}”` }]);
    expect(call('plans.recordCourseRatings', { memberId: member.id, courseId: course.id, ratedOn: '2025-06-01' }).recorded).toEqual([]);
  });

  it('the team view schedules every active plan and adds hours and cost up by month and quarter', () => {
    const a = addMember();
    const b = addMember({ name: 'Tom Berg', targetRoleId: 'ai-governance-specialist', startDate: '2026-04-06' });
    call('plans.generate', { memberId: a.id, limits: LIMITS });
    call('plans.generate', { memberId: b.id, limits: LIMITS });
    const team = call('plans.team', {});
    const ours = team.members.filter((m) => m.memberId === a.id || m.memberId === b.id);
    expect(ours.every((m) => m.plan !== null && m.totals!.finishDate !== null && m.bars.length > 0)).toBe(true);
    const remaining = team.members.reduce((s, m) => s + (m.totals?.remainingHours ?? 0), 0);
    expect(team.months.reduce((s, m) => s + m.hours, 0)).toBeCloseTo(remaining, 6);
    expect(team.quarters.reduce((s, q) => s + q.hours, 0)).toBeCloseTo(remaining, 6);
    expect(team.quarters.map((q) => q.quarter)).toContain('2026-Q1');
  });
});
