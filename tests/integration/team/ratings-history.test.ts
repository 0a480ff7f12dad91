import { format, subMonths } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OperationOutput } from '../../../src/shared/api/contract';
import { effectiveLevels } from '../../../src/shared/planning/effective-level';
import { ok, useTeamStore } from './support';

const t = useTeamStore();
beforeEach(() => {
  t.store.db.prepare('DELETE FROM members').run(); // start from an empty team (the demo team is tested apart)
});
const today = format(new Date(), 'yyyy-MM-dd');
const monthsAgo = (n: number) => format(subMonths(new Date(), n), 'yyyy-MM-dd');
const ratingRows = () =>
  t.store.db.prepare('SELECT skill_id AS skill, level, source, rated_on AS ratedOn, evidence FROM ratings ORDER BY id').all();

function addMember(name: string, targetRoleId: string | null = 'ai-security-engineer') {
  return ok<OperationOutput<'members.create'>>(t.api.call('members.create', { name, targetRoleId }));
}

describe('ratings keep their history', () => {
  it('stores every rating as a row, and lists a member’s history newest first', () => {
    const dana = addMember('Dana');
    ok(t.api.call('ratings.add', {
      ratings: [
        { memberId: dana.id, skillId: 'llm-fundamentals', level: 2, source: 'self', ratedOn: monthsAgo(6) },
        { memberId: dana.id, skillId: 'llm-fundamentals', level: 3, source: 'manager', ratedOn: monthsAgo(1), evidence: ' Shipped the RAG bot. ' },
      ],
    }));
    ok(t.api.call('ratings.add', { ratings: [{ memberId: dana.id, skillId: 'llm-fundamentals', level: 4, source: 'self', ratedOn: today }] }));
    expect(ratingRows()).toEqual([
      { skill: 'llm-fundamentals', level: 2, source: 'self', ratedOn: monthsAgo(6), evidence: '' },
      { skill: 'llm-fundamentals', level: 3, source: 'manager', ratedOn: monthsAgo(1), evidence: 'Shipped the RAG bot.' },
      { skill: 'llm-fundamentals', level: 4, source: 'self', ratedOn: today, evidence: '' },
    ]);
    const history = ok<OperationOutput<'ratings.list'>>(t.api.call('ratings.list', { memberId: dana.id }));
    expect(history.map((r) => [r.level, r.source])).toEqual([[4, 'self'], [3, 'manager'], [2, 'self']]);
  });

  it('gives the effective level from the stored history: newest validated, else newest self', () => {
    const dana = addMember('Dana');
    const lee = addMember('Lee');
    ok(t.api.call('ratings.add', {
      ratings: [
        { memberId: dana.id, skillId: 'llm-fundamentals', level: 3, source: 'manager', ratedOn: monthsAgo(2) },
        { memberId: dana.id, skillId: 'llm-fundamentals', level: 5, source: 'self', ratedOn: today }, // newer, but only self
        { memberId: dana.id, skillId: 'secure-coding', level: 1, source: 'self', ratedOn: monthsAgo(3) },
        { memberId: dana.id, skillId: 'secure-coding', level: 2, source: 'self', ratedOn: monthsAgo(1) },
        { memberId: dana.id, skillId: 'ml-fundamentals', level: 2, source: 'assessment', ratedOn: monthsAgo(1) },
        { memberId: dana.id, skillId: 'ml-fundamentals', level: 4, source: 'course', ratedOn: monthsAgo(1) }, // same day, recorded later
        { memberId: lee.id, skillId: 'llm-fundamentals', level: 1, source: 'manager', ratedOn: today },
      ],
    }));
    const snapshot = ok<OperationOutput<'team.snapshot'>>(t.api.call('team.snapshot', {}));
    const levels = effectiveLevels(snapshot.ratings.filter((r) => r.memberId === dana.id), snapshot.today, snapshot.settings.staleAfterMonths);
    expect(Object.fromEntries([...levels].map(([skill, e]) => [skill, [e.level, e.source]]))).toEqual({
      'llm-fundamentals': [3, 'manager'],
      'secure-coding': [2, 'self'],
      'ml-fundamentals': [4, 'course'],
    });
  });

  it('marks ratings older than the setting stale and lists the effective ones for re-assessment', () => {
    const dana = addMember('Dana');
    ok(t.api.call('ratings.add', {
      ratings: [
        { memberId: dana.id, skillId: 'secure-coding', level: 3, source: 'manager', ratedOn: monthsAgo(20) }, // stale, effective
        { memberId: dana.id, skillId: 'llm-fundamentals', level: 2, source: 'manager', ratedOn: monthsAgo(30) }, // stale, replaced
        { memberId: dana.id, skillId: 'llm-fundamentals', level: 3, source: 'manager', ratedOn: monthsAgo(2) },
        { memberId: dana.id, skillId: 'ml-fundamentals', level: 2, source: 'self', ratedOn: monthsAgo(13) }, // fresh at 18 months
      ],
    }));
    const stale = ok<OperationOutput<'ratings.stale'>>(t.api.call('ratings.stale', {}));
    expect(stale).toEqual([
      { memberId: dana.id, memberName: 'Dana', skillId: 'secure-coding', skillName: expect.any(String), level: 3, source: 'manager', ratedOn: monthsAgo(20) },
    ]);
    ok(t.api.call('settings.update', { staleAfterMonths: 12 }));
    const stricter = ok<OperationOutput<'ratings.stale'>>(t.api.call('ratings.stale', {}));
    expect(stricter.map((s) => s.skillId)).toEqual(['secure-coding', 'ml-fundamentals']);
  });

  it('refuses a whole batch when one rating is wrong, and writes nothing', () => {
    const dana = addMember('Dana');
    const future = t.api.call('ratings.add', {
      ratings: [
        { memberId: dana.id, skillId: 'secure-coding', level: 3, source: 'manager', ratedOn: today },
        { memberId: dana.id, skillId: 'secure-coding', level: 3, source: 'manager', ratedOn: '2999-01-01' },
      ],
    });
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { fields: [{ path: ['ratings', 1, 'ratedOn'] }] } } });
    const unknownSkill = t.api.call('ratings.add', { ratings: [{ memberId: dana.id, skillId: 'basket-weaving', level: 3, source: 'self', ratedOn: today }] });
    expect(unknownSkill).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('basket-weaving') } });
    const badLevel = t.api.call('ratings.add', { ratings: [{ memberId: dana.id, skillId: 'secure-coding', level: 6, source: 'self', ratedOn: today }] });
    expect(badLevel).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { fields: [{ path: ['ratings', 0, 'level'] }] } } });
    const nobody = t.api.call('ratings.add', { ratings: [{ memberId: 'member-x', skillId: 'secure-coding', level: 3, source: 'self', ratedOn: today }] });
    expect(nobody).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(ratingRows()).toEqual([]);
  });

  it('deletes one mistaken rating, leaving the rest of the history', () => {
    const dana = addMember('Dana');
    const [first, second] = ok<OperationOutput<'ratings.add'>>(t.api.call('ratings.add', {
      ratings: [
        { memberId: dana.id, skillId: 'secure-coding', level: 2, source: 'manager', ratedOn: monthsAgo(1) },
        { memberId: dana.id, skillId: 'secure-coding', level: 5, source: 'manager', ratedOn: today },
      ],
    }));
    expect(ok(t.api.call('ratings.delete', { id: second!.id }))).toEqual({ deleted: 1 });
    expect(ratingRows()).toEqual([{ skill: 'secure-coding', level: 2, source: 'manager', ratedOn: monthsAgo(1), evidence: '' }]);
    expect(t.api.call('ratings.delete', { id: second!.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(first!.level).toBe(2);
  });
});
