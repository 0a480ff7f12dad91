import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiOnFile } from '../../support/api-on-file';

let t: ReturnType<typeof apiOnFile>;
beforeEach(() => {
  t = apiOnFile();
});
afterEach(() => t.close());
const call: (typeof t)['call'] = (name, input) => t.call(name, input);
const refusal: (typeof t)['refusal'] = (name, input) => t.refusal(name, input);
const rows = <T>(sql: string, ...params: unknown[]) => t.store.db.prepare(sql).all(...params) as T[];
const FIVE_K = { budget: { amount: 5000, currency: 'USD', per: 'quarter' } };

/** Readiness by hand from a workspace: importance-weighted share of required levels (never above 1 per skill). */
function readinessFrom(requirements: { skill: string; level: number; importance: number }[], level: (skill: string) => number) {
  const weight = requirements.reduce((n, r) => n + r.importance, 0);
  return requirements.reduce((n, r) => n + (r.importance * Math.min(level(r.skill), r.level)) / r.level, 0) / weight;
}

/** The row counts of every table a team plan could touch. */
const counts = () => rows<{ plans: number; nodes: number; edges: number }>(
  'SELECT (SELECT COUNT(*) FROM plans) AS plans, (SELECT COUNT(*) FROM plan_nodes) AS nodes, (SELECT COUNT(*) FROM plan_edges) AS edges',
)[0];

describe('plans.generateTeam on a real file with the demo team', () => {
  it('plans every member with a target role at 5,000 USD a quarter; each quarter’s spend is the file’s prices and within budget', () => {
    const plan = call('plans.generateTeam', FIVE_K);
    const withRole = rows<{ id: string }>('SELECT id FROM members WHERE target_role_id IS NOT NULL ORDER BY id').map((r) => r.id);
    expect(plan.members.map((m) => m.memberId).sort()).toEqual(withRole);
    expect(plan.periods.length).toBeGreaterThanOrEqual(4);

    const price = new Map(rows<{ id: string; cost: number | null; currency: string | null }>('SELECT id, cost, currency FROM courses').map((c) => [c.id, c]));
    const byPeriod = new Map<string, number>();
    for (const m of plan.members) {
      for (const c of m.courses) {
        const row = price.get(c.courseId)!;
        // Never an unpriced course, never another currency.
        expect(row.cost, c.title).not.toBeNull();
        if (row.cost! > 0) expect(row.currency).toBe('USD');
        byPeriod.set(c.period, (byPeriod.get(c.period) ?? 0) + row.cost!);
      }
    }
    for (const s of plan.spend) {
      expect(s.currency).toBe('USD');
      expect(s.amount).toBeLessThanOrEqual(5000);
      expect(s.amount).toBeCloseTo(byPeriod.get(s.period) ?? 0, 2);
    }
    expect(plan.totalSpend).toBeGreaterThan(5000); // more than one quarter's budget is used over the year

    // Readiness before and after, worked out from the member's levels and the courses' skills in the file.
    const teaches = rows<{ course_id: string; skill_id: string; level: number }>('SELECT course_id, skill_id, level FROM course_skills');
    for (const m of plan.members) {
      const ws = call('plans.workspace', { memberId: m.memberId });
      const levels = new Map(ws.levels.map((l) => [l.skillId, l.level]));
      const reqs = ws.targetRole!.requirements;
      expect(m.readinessBefore).toBeCloseTo(readinessFrom(reqs, (s) => levels.get(s) ?? 0), 9);
      const taken = new Set(m.courses.map((c) => c.courseId));
      const after = new Map(levels);
      for (const r of teaches) if (taken.has(r.course_id) && (after.get(r.skill_id) ?? 0) < r.level) after.set(r.skill_id, r.level);
      expect(m.readinessAfter).toBeCloseTo(readinessFrom(reqs, (s) => after.get(s) ?? 0), 9);
      expect(m.hours).toBeLessThanOrEqual(m.capacityHours);
    }
    // The demo catalog leaves some prices unpublished: the gaps only those courses teach are named, never bought.
    expect(plan.unplaced.some((u) => u.reason === 'unpriced')).toBe(true);
    expect(plan.method).toBe('heuristic');
  });

  it('a zero budget buys only free courses', () => {
    const plan = call('plans.generateTeam', { budget: { amount: 0, currency: 'USD', per: 'year' } });
    const cost = new Map(rows<{ id: string; cost: number | null }>('SELECT id, cost FROM courses').map((c) => [c.id, c.cost]));
    const taken = plan.members.flatMap((m) => m.courses);
    expect(taken.length).toBeGreaterThan(0);
    for (const c of taken) expect(cost.get(c.courseId)).toBe(0);
    expect(plan.spend.every((s) => s.amount === 0)).toBe(true);
    expect(plan.unplaced.some((u) => u.reason === 'budget')).toBe(true);
  });

  it('a what-if reuses the members’ candidates and writes nothing', () => {
    const before = counts();
    const first = call('plans.generateTeam', FIVE_K);
    const again = call('plans.generateTeam', { ...FIVE_K, priority: 'coverage' });
    expect(again.timing).toMatchObject({ cachedMembers: first.members.length, computedMembers: 0 });
    expect(counts()).toEqual(before);
  });

  it('books members needing the same instructor-led course into one shared class and says what it saved', () => {
    // Make CAISP a live-online class, priced $1,099 a seat, with a quote of $2,000 for a class of up to 4.
    const { plans: _p, origin: _o, userModified: _u, ...caisp } = call('courses.get', { id: 'pds-caisp' });
    void [_p, _o, _u];
    expect(call('plans.generateTeam', FIVE_K).sharedCandidates).toEqual([]);
    call('courses.update', { ...caisp, format: 'live-online' });
    const plan = call('plans.generateTeam', { ...FIVE_K, cohortOffers: [{ courseId: 'pds-caisp', price: 2000, seats: 4 }] });
    // The course the screen offers a class price for: instructor-led, needed by two or more members, $1,099 a seat.
    const needing = plan.members.filter((m) => m.courses.some((c) => c.courseId === 'pds-caisp')).map((m) => m.memberId);
    expect(plan.sharedCandidates).toEqual([expect.objectContaining({ courseId: 'pds-caisp', format: 'live-online', seatPrice: 1099 })]);
    expect(plan.sharedCandidates[0]!.memberIds.length).toBeGreaterThanOrEqual(Math.max(2, needing.length));
    for (const id of needing) expect(plan.sharedCandidates[0]!.memberIds).toContain(id);
    const shared = plan.sharedClasses.filter((s) => s.courseId === 'pds-caisp');
    expect(shared.length).toBeGreaterThan(0);
    for (const s of shared) {
      expect(s.memberIds.length).toBeGreaterThanOrEqual(2);
      expect(s.saved).toBeCloseTo(s.memberIds.length * 1099 - s.cost, 2);
      expect(s.cost).toBe(s.classes * 2000 + Math.max(0, s.memberIds.length - s.classes * 4) * 1099);
    }
    expect(plan.saved).toBeCloseTo(shared.reduce((n, s) => n + s.saved, 0), 2);
    for (const s of plan.spend) expect(s.amount).toBeLessThanOrEqual(5000);
  });

  it('refuses bad requests with a named field, and leaves the file unchanged', () => {
    const before = counts();
    expect(refusal('plans.generateTeam', { budget: { amount: -1, currency: 'USD', per: 'quarter' } })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(refusal('plans.generateTeam', { budget: { amount: 10, currency: 'usd', per: 'month' } }).details).toMatchObject({
      fields: expect.arrayContaining([expect.objectContaining({ path: ['budget', 'currency'] }), expect.objectContaining({ path: ['budget', 'per'] })]),
    });
    expect(refusal('plans.applyTeam', { ...FIVE_K, memberIds: ['nobody'] })).toMatchObject({ code: 'NOT_FOUND' });
    const noRole = call('members.create', { name: 'Ana Ruiz' });
    const e = refusal('plans.applyTeam', { ...FIVE_K, memberIds: [noRole.id] });
    expect(e).toMatchObject({ code: 'INVALID_INPUT', details: { fields: [{ path: ['memberIds', 0] }] } });
    expect(e.message).toContain('Ana Ruiz has no target role');
    const selfPaced = refusal('plans.applyTeam', { ...FIVE_K, cohortOffers: [{ courseId: 'pds-caisp', price: 100, seats: 3 }] });
    expect(selfPaced).toMatchObject({ code: 'INVALID_INPUT', details: { fields: [{ path: ['cohortOffers', 0, 'courseId'] }] } });
    const { plans, nodes, edges } = counts()!;
    expect({ plans, nodes, edges }).toEqual(before);
  });
});

describe('plans.applyTeam', () => {
  it('writes each member’s courses as a new variant, leaving every existing plan and the active one as they were', () => {
    const priya = 'demo-priya-raman';
    const main = call('plans.generate', { memberId: priya, limits: {} });
    const mainNodes = rows('SELECT * FROM plan_nodes WHERE plan_id = ? ORDER BY id', main.id);

    const applied = call('plans.applyTeam', FIVE_K);
    for (const m of applied.members) {
      expect(m.planId).toBeDefined();
      const ws = call('plans.workspace', { memberId: m.memberId });
      const variant = ws.plans.find((p) => p.id === m.planId)!;
      expect(variant.name).toMatch(/^Team plan \d{4}-\d{2}-\d{2}$/);
      const courses = rows<{ course_id: string }>("SELECT course_id FROM plan_nodes WHERE plan_id = ? AND kind = 'course' ORDER BY course_id", m.planId);
      expect(courses.map((c) => c.course_id)).toEqual(m.courses.map((c) => c.courseId).sort());
      // Members without a plan get the variant as their active one; Priya keeps her main plan active.
      expect(ws.plans.filter((p) => p.isActive).map((p) => p.id)).toEqual([m.memberId === priya ? main.id : m.planId]);
    }
    expect(rows('SELECT * FROM plan_nodes WHERE plan_id = ? ORDER BY id', main.id)).toEqual(mainNodes);

    // Applying again adds another variant with a name of its own.
    const second = call('plans.applyTeam', FIVE_K);
    const names = call('plans.workspace', { memberId: priya }).plans.map((p) => p.name);
    expect(names.filter((n) => n.startsWith('Team plan'))).toHaveLength(2);
    expect(new Set(second.members.map((m) => m.planId)).size).toBe(second.members.length);
  });
});
