import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../src/main/api';
import { openPlannerStore, type PlannerStore } from '../../../src/main/planner-store';
import type { OperationName, OperationOutput } from '../../../src/shared/api/contract';
import { tempDir } from '../../support/temp-dir';

let tmp: ReturnType<typeof tempDir>;
let store: PlannerStore;
let api: Api;
beforeEach(() => {
  tmp = tempDir();
  store = openPlannerStore(tmp.file('planner.sqlite'));
  api = createApi({ db: store.db, file: store.file }, { checkOutputs: true });
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
const constraints = (planId: string) => JSON.parse((store.db.prepare('SELECT constraints FROM plans WHERE id = ?').get(planId) as { constraints: string }).constraints);

describe('roadmap positions placed by hand', () => {
  it('are saved with the plan’s changes, replaced whole by the next save that carries them, kept by one that does not', () => {
    const member = call('members.create', { name: 'Lea Brandt', targetRoleId: 'ai-security-engineer', weeklyHours: 5, startDate: '2027-01-04' });
    const plan = call('plans.generate', { memberId: member.id, limits: {} });
    const course = plan.nodes.find((n) => n.kind === 'course')!;
    const pins = { [course.id]: { x: 640, y: 212 }, 'milestones:llm-security:2027-02': { x: 900, y: 40 } };
    call('plans.save', { planId: plan.id, stamp: Date.now(), roadmapPins: pins });
    expect(constraints(plan.id).roadmapPins).toEqual(pins);
    expect(call('plans.workspace', { memberId: member.id, planId: plan.id }).plan!.settings.roadmapPins).toEqual(pins);
    // A save of other changes leaves them; maxParallel keeps them too.
    call('plans.save', { planId: plan.id, stamp: Date.now() + 1, upsertNodes: [{ ...course, startDate: undefined, endDate: undefined, note: 'Book early' }].map(({ startDate: _s, endDate: _e, ...n }) => n) });
    call('plans.update', { planId: plan.id, maxParallel: 2 });
    expect(constraints(plan.id).roadmapPins).toEqual(pins);
    call('plans.save', { planId: plan.id, stamp: Date.now() + 2, roadmapPins: {} });
    expect(constraints(plan.id).roadmapPins).toEqual({});
  });

  it('refuses a position that is not a finite number, and writes nothing', () => {
    const member = call('members.create', { name: 'Lea Brandt', targetRoleId: 'ai-security-engineer', weeklyHours: 5, startDate: '2027-01-04' });
    const plan = call('plans.generate', { memberId: member.id, limits: {} });
    const before = constraints(plan.id);
    const result = api.call('plans.save', { planId: plan.id, stamp: Date.now(), roadmapPins: { a: { x: 'left', y: 0 } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    expect(constraints(plan.id)).toEqual(before);
  });
});
