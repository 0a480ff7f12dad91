import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiOnFile } from '../../support/api-on-file';

let t: ReturnType<typeof apiOnFile>;
beforeEach(() => {
  t = apiOnFile();
});
afterEach(() => t.close());
const call: (typeof t)['call'] = (name, input) => t.call(name, input);
const refusal: (typeof t)['refusal'] = (name, input) => t.refusal(name, input);
const SANS = ['sans-sec595', 'sans-sec546', 'sans-sec545'];

/** Worked out apart from the money module: straight from the rows in the file. */
function moneyInFile(planId: string) {
  const priced = t.store.db
    .prepare(
      `SELECT c.currency, SUM(c.cost) AS amount FROM plan_nodes n JOIN courses c ON c.id = n.course_id
       WHERE n.plan_id = ? AND n.kind = 'course' AND n.status <> 'skipped' AND c.cost > 0 GROUP BY c.currency ORDER BY amount DESC`,
    )
    .all(planId) as { currency: string; amount: number }[];
  const unpriced = t.store.db
    .prepare(
      `SELECT c.id FROM plan_nodes n JOIN courses c ON c.id = n.course_id
       WHERE n.plan_id = ? AND n.kind = 'course' AND n.status <> 'skipped' AND c.cost IS NULL ORDER BY c.id`,
    )
    .all(planId) as { id: string }[];
  return { priced, unpriced: unpriced.map((u) => u.id) };
}

describe('plan money through the API, on a real file with the demo team', () => {
  it('totals every demo member’s plan per currency with unknown prices apart, and the team budget adds them', () => {
    const team0 = call('plans.team', {});
    for (const m of team0.members) call('plans.generate', { memberId: m.memberId, limits: {} });
    const team = call('plans.team', {});
    const titles = new Map(call('courses.list', {}).map((c) => [c.id, c.title]));
    let unpricedPlans = 0;
    let dollars = 0;
    let unknown = 0;
    for (const m of team.members) {
      const expected = moneyInFile(m.plan!.id);
      expect(m.totals!.money.published, m.name).toEqual(expected.priced);
      expect([...m.totals!.money.unpricedTitles].sort(), m.name).toEqual(expected.unpriced.map((id) => titles.get(id)).sort());
      if (expected.unpriced.length) unpricedPlans++;
      dollars += expected.priced.find((p) => p.currency === 'USD')?.amount ?? 0;
      unknown += expected.unpriced.length;
    }
    // The demo catalog leaves SANS prices unpublished: some generated plans include them.
    expect(unpricedPlans).toBeGreaterThan(0);
    expect(team.money.published).toEqual([{ currency: 'USD', amount: dollars }]);
    expect(team.money.unpricedTitles).toHaveLength(unknown);
  });

  it('under a budget cap leaves the unpriced courses out and names them; an assumed price lets one in, marked assumed', () => {
    const team = call('plans.team', {});
    // A member whose uncapped plan takes a SANS course.
    let memberId = '';
    let sans: string[] = [];
    for (const m of team.members) {
      const plan = call('plans.generate', { memberId: m.memberId, limits: {} });
      sans = plan.nodes.filter((n) => n.courseId && SANS.includes(n.courseId)).map((n) => n.courseId!);
      if (sans.length) {
        memberId = m.memberId;
        break;
      }
    }
    expect(sans.length).toBeGreaterThan(0);

    const capped = call('plans.generate', { memberId, limits: { budgetCap: 100000 } });
    expect(capped.nodes.some((n) => n.courseId && SANS.includes(n.courseId))).toBe(false);
    expect(capped.generation!.unpricedLeftOut).toEqual(expect.arrayContaining(sans));
    expect(capped.settings.limits.budgetCurrency).toBe('USD');

    const assumed = Object.fromEntries(sans.map((id) => [id, 2500]));
    const withGuess = call('plans.generate', { memberId, limits: { budgetCap: 100000, assumedPrices: assumed } });
    const taken = withGuess.nodes.filter((n) => n.courseId && SANS.includes(n.courseId)).map((n) => n.courseId!);
    expect(taken.sort()).toEqual([...sans].sort());
    expect(withGuess.generation!.unpricedLeftOut.filter((id) => sans.includes(id))).toEqual([]);
    const mine = call('plans.team', {}).members.find((m) => m.memberId === memberId)!;
    expect(mine.totals!.money.assumed).toEqual([{ currency: 'USD', amount: 2500 * sans.length }]);
    expect(mine.totals!.money.assumedTitles).toHaveLength(sans.length);
  });

  it('refuses an assumed price for a course that publishes one, or for no course at all, and changes nothing', () => {
    const member = call('plans.team', {}).members[0]!;
    const error = refusal('plans.generate', { memberId: member.memberId, limits: { assumedPrices: { 'isaca-aaism': 10 } } });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/has a published price; an assumed price is only for a course without one\.$/);
    expect(refusal('plans.generate', { memberId: member.memberId, limits: { assumedPrices: { 'no-such-course': 10 } } }).code).toBe('NOT_FOUND');
    expect(call('plans.team', {}).members.find((m) => m.memberId === member.memberId)!.plan).toBeNull();
  });
});
