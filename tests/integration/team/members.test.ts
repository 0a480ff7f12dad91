import { beforeEach, describe, expect, it } from 'vitest';
import { openPlannerStore } from '../../../src/main/planner-store';
import type { OperationOutput } from '../../../src/shared/api/contract';
import { ok, useTeamStore } from './support';

const t = useTeamStore();
const count = (sql: string) => (t.store.db.prepare(sql).get() as { n: number }).n;

describe('the demo team of the first-run data', () => {
  it('is loaded with the catalog: 6 to 8 members marked as demo, targeting all five roles, with ratings', () => {
    const members = ok<OperationOutput<'members.list'>>(t.api.call('members.list', {}));
    expect(members.length).toBeGreaterThanOrEqual(6);
    expect(members.length).toBeLessThanOrEqual(8);
    expect(members.every((m) => m.isDemo)).toBe(true);
    expect(new Set(members.map((m) => m.targetRoleId)).size).toBe(5);
    expect(count('SELECT COUNT(DISTINCT member_id) AS n FROM ratings')).toBe(members.length);
    expect(count("SELECT COUNT(*) AS n FROM ratings WHERE source = 'self'")).toBeGreaterThan(0);
    expect(count("SELECT COUNT(*) AS n FROM ratings WHERE rated_on > date('now', 'localtime')")).toBe(0);
    // Some demo ratings are stale, so the re-assessment list has something to show.
    expect(ok<unknown[]>(t.api.call('ratings.stale', {})).length).toBeGreaterThan(0);
  });

  it('is removed in one action with its ratings, leaving the user’s own members, and does not come back', () => {
    const mine = ok<OperationOutput<'members.create'>>(t.api.call('members.create', { name: 'Real Person' }));
    const removed = ok<{ removed: number }>(t.api.call('members.removeDemo', {}));
    expect(removed.removed).toBeGreaterThanOrEqual(6);
    expect(t.store.db.prepare('SELECT id FROM members').all()).toEqual([{ id: mine.id }]);
    expect(count('SELECT COUNT(*) AS n FROM ratings')).toBe(0);
    t.store.db.close();
    t.store = openPlannerStore(t.tmp.file('planner.sqlite'));
    expect(count('SELECT COUNT(*) AS n FROM members')).toBe(1);
  });
});

describe('members', () => {
  beforeEach(() => {
    ok(t.api.call('members.removeDemo', {}));
  });

  it('are created, changed, found by search and deleted with their ratings', () => {
    const dana = ok<OperationOutput<'members.create'>>(t.api.call('members.create', { name: 'Dana Okafor', title: 'SOC analyst' }));
    const changed = ok<OperationOutput<'members.update'>>(t.api.call('members.update', {
      id: dana.id,
      version: dana.version,
      name: 'Dana Okafor',
      title: 'Incident responder',
      currentRoleId: null,
      targetRoleId: 'ai-incident-response-specialist',
      weeklyHours: 6,
      startDate: '2027-01-04',
      notes: 'Prefers labs.',
    }));
    expect(changed).toMatchObject({ title: 'Incident responder', weeklyHours: 6, isDemo: false });
    expect(t.store.db.prepare('SELECT title, target_role_id AS target, weekly_hours AS hours, notes FROM members').get()).toEqual({
      title: 'Incident responder',
      target: 'ai-incident-response-specialist',
      hours: 6,
      notes: 'Prefers labs.',
    });
    ok(t.api.call('members.create', { name: 'Lee Chen', title: 'ML engineer' }));
    expect(ok<{ name: string }[]>(t.api.call('members.list', { search: 'incident' })).map((m) => m.name)).toEqual(['Dana Okafor']);

    ok(t.api.call('ratings.add', { ratings: [{ memberId: dana.id, skillId: 'secure-coding', level: 2, source: 'self', ratedOn: '2026-01-05' }] }));
    expect(ok(t.api.call('members.delete', { id: dana.id }))).toEqual({ id: dana.id, name: 'Dana Okafor', ratingsDeleted: 1 });
    expect(count('SELECT COUNT(*) AS n FROM ratings')).toBe(0);
    expect(ok<{ name: string }[]>(t.api.call('members.list', {})).map((m) => m.name)).toEqual(['Lee Chen']);
  });

  it('refuses to change or delete a member that does not exist, and an unknown target role', () => {
    expect(t.api.call('members.delete', { id: 'member-gone' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(t.api.call('members.update', { id: 'member-gone', version: 1, name: 'X' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const dana = ok<{ id: string; version: number }>(t.api.call('members.create', { name: 'Dana' }));
    expect(t.api.call('members.update', { id: dana.id, version: dana.version, name: 'Dana', targetRoleId: 'astronaut' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fields: [{ path: ['targetRoleId'] }] } },
    });
    expect(t.store.db.prepare('SELECT target_role_id AS t FROM members').get()).toEqual({ t: null });
  });

  it('come with the role profiles, skills and settings in one snapshot', () => {
    const snapshot = ok<OperationOutput<'team.snapshot'>>(t.api.call('team.snapshot', {}));
    expect(snapshot.roles).toHaveLength(5);
    for (const r of snapshot.roles) expect(r.requirements.length).toBeGreaterThan(0);
    expect(snapshot.skills.length).toBe(count('SELECT COUNT(*) AS n FROM skills'));
    expect(snapshot.categories.length).toBe(count('SELECT COUNT(*) AS n FROM skill_categories'));
    expect(snapshot.settings.staleAfterMonths).toBe(18);
    expect(snapshot.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
