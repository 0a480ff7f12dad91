import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../src/main/api';
import { openPlannerStore, type PlannerStore } from '../../../src/main/planner-store';
import type { ApiResult } from '../../../src/shared/api/errors';
import { tempDir } from '../../support/temp-dir';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function ok<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('one writer per data file', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: PlannerStore;
  let api: Api;
  let file: string;

  beforeEach(() => {
    tmp = tempDir();
    file = tmp.file('planner.sqlite');
    store = openPlannerStore(file);
    api = createApi({ db: store.db, file }, { checkOutputs: true });
  });
  afterEach(() => {
    store.db.close();
    tmp.cleanup();
  });

  it('refuses a second opening of the same file with a plain message, and changes nothing', () => {
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = sha256(file);
    expect(() => openPlannerStore(file)).toThrow(
      `The data file ${file} is open in another planner window (process ${process.pid}).`,
    );
    expect(sha256(file)).toBe(before);
    // The first holder is unaffected: it still reads and writes.
    const member = ok<{ id: string }>(api.call('members.create', { name: 'Still here' }));
    expect(store.db.prepare('SELECT name FROM members WHERE id = ?').get(member.id)).toEqual({ name: 'Still here' });
  });

  it('lets the file go when the store is closed, so the next opening succeeds', () => {
    ok(api.call('members.create', { name: 'Kept' }));
    store.db.close();
    store = openPlannerStore(file);
    expect(store.db.prepare("SELECT COUNT(*) AS n FROM members WHERE name = 'Kept'").get()).toEqual({ n: 1 });
  });

  it('starts every write transaction IMMEDIATE: the write lock is held from BEGIN, before the first write', () => {
    const other = new Database(file);
    other.pragma('busy_timeout = 0');
    let otherCouldWrite: boolean | null = null;
    store.db.transaction(() => {
      // Only read so far; a DEFERRED transaction would not hold the write lock yet.
      store.db.prepare('SELECT COUNT(*) FROM members').get();
      try {
        other.exec('BEGIN IMMEDIATE');
        other.exec('ROLLBACK');
        otherCouldWrite = true;
      } catch (error) {
        expect((error as { code: string }).code).toBe('SQLITE_BUSY');
        otherCouldWrite = false;
      }
    })();
    expect(otherCouldWrite).toBe(false);
    // Outside a transaction the other connection may write again.
    other.exec('BEGIN IMMEDIATE');
    other.exec('ROLLBACK');
    other.close();
  });
});

describe('whole-record edits carry the version they edit', () => {
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

  type Member = { id: string; name: string; title: string; weeklyHours: number; version: number };

  it('refuses a member edit made from an older version, so two windows editing different fields lose nothing', () => {
    const dana = ok<Member>(api.call('members.create', { name: 'Dana', title: 'Analyst', weeklyHours: 4 }));
    // Window A and window B both opened Dana at this version.
    const a = ok<Member>(api.call('members.update', { id: dana.id, version: dana.version, name: 'Dana', title: 'Lead analyst', weeklyHours: 4 }));
    expect(a.version).toBeGreaterThan(dana.version);
    const b = api.call('members.update', { id: dana.id, version: dana.version, name: 'Dana', title: 'Analyst', weeklyHours: 8 });
    expect(b).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { changedElsewhere: true } } });
    if (!b.ok) expect(b.error.message).toContain('“Dana” was changed elsewhere since you opened it');
    // A's change stands; B's was not applied.
    expect(store.db.prepare('SELECT title, weekly_hours AS hours FROM members WHERE id = ?').get(dana.id)).toEqual({ title: 'Lead analyst', hours: 4 });
    // B, reloaded, makes its change on top of A's.
    ok(api.call('members.update', { id: dana.id, version: a.version, name: 'Dana', title: 'Lead analyst', weeklyHours: 8 }));
    expect(store.db.prepare('SELECT title, weekly_hours AS hours FROM members WHERE id = ?').get(dana.id)).toEqual({ title: 'Lead analyst', hours: 8 });
  });

  it('refuses a member edit without a version as invalid input', () => {
    const dana = ok<Member>(api.call('members.create', { name: 'Dana' }));
    expect(api.call('members.update', { id: dana.id, name: 'Dana 2' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fields: [{ path: ['version'] }] } },
    });
  });

  it('moves a version on with any change to the row, by whatever code (an import writes SQL too)', () => {
    const role = ok<{ id: string; name: string; version: number }>(api.call('roles.get', { id: 'mlsecops-engineer' }));
    store.db.prepare("UPDATE roles SET summary = 'Changed by an import' WHERE id = ?").run(role.id);
    const stale = api.call('roles.update', { id: role.id, version: role.version, name: 'Renamed' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { changedElsewhere: true } } });
    expect(store.db.prepare('SELECT name, summary FROM roles WHERE id = ?').get(role.id)).toEqual({ name: role.name, summary: 'Changed by an import' });
  });

  it('refuses stale skill and course edits the same way', () => {
    const skill = ok<{ id: string; name: string; category: string; version: number }>(api.call('skills.get', { id: 'rag-security' }));
    const fresh = ok<{ version: number }>(api.call('skills.update', { id: skill.id, version: skill.version, name: 'RAG security (edited)', category: skill.category }));
    expect(api.call('skills.update', { id: skill.id, version: skill.version, name: 'Lost edit', category: skill.category })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(fresh.version).toBeGreaterThan(skill.version);
    expect(store.db.prepare('SELECT name FROM skills WHERE id = ?').get(skill.id)).toEqual({ name: 'RAG security (edited)' });

    const course = ok<Record<string, unknown> & { version: number }>(api.call('courses.get', { id: 'owasp-genai' }));
    const { origin: _o, userModified: _m, plans: _p, ...fields } = course;
    ok(api.call('courses.update', { ...fields, hours: 7 }));
    expect(api.call('courses.update', { ...fields, hours: 9 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(store.db.prepare('SELECT hours FROM courses WHERE id = ?').get('owasp-genai')).toEqual({ hours: 7 });
  });
});
