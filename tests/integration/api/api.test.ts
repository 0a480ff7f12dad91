import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../src/main/api';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/db/migrations';
import { openPlannerStore, type PlannerStore } from '../../../src/main/planner-store';
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

// The first-run data holds a demo team (is_demo = 1); these tests count the members they add.
const memberCount = () => (store.db.prepare('SELECT COUNT(*) AS n FROM members WHERE is_demo = 0').get() as { n: number }).n;
const demoCount = () => (store.db.prepare('SELECT COUNT(*) AS n FROM members WHERE is_demo = 1').get() as { n: number }).n;

describe('the API', () => {
  it('refuses an operation that does not exist', () => {
    expect(api.call('members.dropAll', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_OPERATION', message: 'There is no operation named “members.dropAll”.' },
    });
  });

  it('lists the five roles with their responsibilities', () => {
    const result = api.call('roles.list', {});
    expect(result.ok).toBe(true);
    const roles = (result as { value: { name: string; responsibilities: string[] }[] }).value;
    expect(roles.map((r) => r.name).sort()).toEqual([
      'AI Governance Specialist',
      'AI Incident Response Specialist',
      'AI Security Engineer',
      'Application Security Engineer (Gen AI)',
      'MLSecOps Engineer',
    ]);
    for (const r of roles) expect(r.responsibilities.length).toBeGreaterThan(0);
  });

  it('filters roles by a search text', () => {
    const result = api.call('roles.list', { search: 'governance specialist' });
    expect(result.ok && (result.value as { name: string }[]).map((r) => r.name)).toEqual(['AI Governance Specialist']);
  });

  it('creates a member and stores the row', () => {
    const result = api.call('members.create', {
      name: '  Dana Okafor ',
      title: 'Security engineer',
      targetRoleId: 'ai-security-engineer',
      weeklyHours: 5,
      startDate: '2027-01-04',
    });
    expect(result.ok).toBe(true);
    const row = store.db.prepare('SELECT name, target_role_id, weekly_hours, start_date FROM members WHERE is_demo = 0').get();
    expect(row).toEqual({ name: 'Dana Okafor', target_role_id: 'ai-security-engineer', weekly_hours: 5, start_date: '2027-01-04' });
  });

  it('refuses invalid input with field-level problems and writes nothing', () => {
    const result = api.call('members.create', { name: '', weeklyHours: -2, startDate: '2027-02-30' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.details?.fields).toEqual(
      expect.arrayContaining([
        { path: ['name'], message: 'Name is required.' },
        { path: ['weeklyHours'], message: 'Weekly learning hours cannot be negative.' },
        { path: ['startDate'], message: 'That date does not exist.' },
      ]),
    );
    expect(memberCount()).toBe(0);
  });

  it('refuses unknown fields rather than ignoring them', () => {
    const result = api.call('members.create', { name: 'Ann', isDemo: true });
    expect(result.ok).toBe(false);
    expect(memberCount()).toBe(0);
  });

  it('refuses a member targeting a role that does not exist, and writes nothing', () => {
    const result = api.call('members.create', { name: 'Ann', targetRoleId: 'astronaut' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { fields: [{ path: ['targetRoleId'] }] } } });
    expect(memberCount()).toBe(0);
  });

  it('reports a missing role as NOT_FOUND', () => {
    expect(api.call('roles.get', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('returns a role with its requirement profile', () => {
    const result = api.call('roles.get', { id: 'ai-security-engineer' });
    expect(result.ok).toBe(true);
    const role = (result as { value: { requirements: { level: number; importance: number }[] } }).value;
    expect(role.requirements.length).toBeGreaterThanOrEqual(12);
  });

  it('keeps settings across a restart and refuses inconsistent ones', () => {
    expect(api.call('settings.get', {})).toEqual({
      ok: true,
      value: { staleAfterMonths: 18, paperSize: null, readyAt: 0.9, nearlyReadyAt: 0.7, milestoneHoursPerLevel: 10,
        // No learning budget until the manager sets one (the Overview then shows spend without a limit).
        budget: { currency: 'USD', quarterAmount: null, quarterHours: null, yearAmount: null, yearHours: null } },
    });
    expect(api.call('settings.update', { staleAfterMonths: 12, paperSize: 'Letter' }).ok).toBe(true);
    expect(api.call('settings.update', { nearlyReadyAt: 0.95 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(api.call('settings.update', { staleAfterMonths: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    store.db.close();

    store = openPlannerStore(tmp.file('planner.sqlite'));
    api = createApi({ db: store.db, file: store.file });
    expect(api.call('settings.get', {})).toEqual({
      ok: true,
      value: { staleAfterMonths: 12, paperSize: 'Letter', readyAt: 0.9, nearlyReadyAt: 0.7, milestoneHoursPerLevel: 10,
        budget: { currency: 'USD', quarterAmount: null, quarterHours: null, yearAmount: null, yearHours: null } },
    });
  });

  it('reports the versions, the data file and the row counts', () => {
    const result = api.call('app.info', {});
    expect(result).toMatchObject({ ok: true, value: { schemaVersion: LATEST_SCHEMA_VERSION, dataFile: store.file, counts: { roles: 5, members: memberCount() + demoCount() } } });
  });

  it('turns a database refusal into a STORE_ERROR and leaves the data as it was', () => {
    const readonly = new Database(store.file, { readonly: true });
    const roApi = createApi({ db: readonly, file: store.file });
    const result = roApi.call('members.create', { name: 'Ann' });
    expect(result).toMatchObject({ ok: false, error: { code: 'STORE_ERROR' } });
    readonly.close();
    expect(memberCount()).toBe(0);
  });
});
