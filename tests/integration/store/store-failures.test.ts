import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../src/main/api';
import { toApiError } from '../../../src/main/api/errors';
import { openPlannerStore, type PlannerStore } from '../../../src/main/planner-store';
import { prune } from '../../../src/main/services/imports/backup/backup-files';
import { removeStaleRestoreFolders } from '../../../src/main/services/imports/backup/leftovers';
import { tempDir } from '../../support/temp-dir';

/** What a user must never read: SQLite's own words. */
const RAW_SQLITE = /malformed|SQLITE_|readonly database|disk is full|not a database|disk I\/O/i;

function sqliteErrorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected SQLite to refuse');
}

describe('the store’s failures in the user’s words', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: PlannerStore;
  let api: Api;

  beforeEach(() => {
    tmp = tempDir();
    store = openPlannerStore(tmp.file('planner.sqlite'));
    api = createApi({ db: store.db, file: store.file });
  });
  afterEach(() => {
    store.db.close();
    tmp.cleanup();
  });

  it('a full disk: nothing saved, a plain message', () => {
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages}`);
    const before = store.db.prepare('SELECT COUNT(*) AS n FROM ratings').get();
    const ratings = Array.from({ length: 1500 }, (_, i) => ({
      memberId: (store.db.prepare('SELECT id FROM members LIMIT 1').get() as { id: string }).id,
      skillId: 'secure-coding',
      level: 1 + (i % 5),
      source: 'self',
      ratedOn: '2026-01-05',
      evidence: 'x'.repeat(400),
    }));
    const result = api.call('ratings.add', { ratings });
    expect(result).toMatchObject({ ok: false, error: { code: 'STORE_ERROR', details: { sqlite: 'SQLITE_FULL' } } });
    if (!result.ok) {
      expect(result.error.message).toContain('The disk holding the data file is full, so nothing was saved.');
      expect(result.error.message).not.toMatch(RAW_SQLITE);
    }
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM ratings').get()).toEqual(before);
  });

  it('a read-only file and a damaged file: plain messages, the damaged one pointing to Backups', () => {
    const plain = tmp.file('plain.sqlite');
    new Database(plain).exec('CREATE TABLE settings (key TEXT, value TEXT)').close();
    const readOnly = new Database(plain, { readonly: true });
    const refusedWrite = sqliteErrorOf(() => readOnly.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run());
    readOnly.close();
    const ro = toApiError(refusedWrite);
    expect(ro).toMatchObject({ code: 'STORE_ERROR', details: { sqlite: 'SQLITE_READONLY' } });
    expect(ro.message).toContain('The data file has become read-only');
    expect(ro.message).not.toMatch(RAW_SQLITE);

    const damagedFile = tmp.file('damaged.sqlite');
    const db = new Database(damagedFile);
    db.exec('CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t (x);');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'y'.repeat(50)}`);
    })();
    db.close();
    const bytes = readFileSync(damagedFile);
    bytes.fill(0, 4096 * 5, 4096 * 6);
    writeFileSync(damagedFile, bytes);
    const broken = new Database(damagedFile);
    const corrupt = toApiError(sqliteErrorOf(() => broken.prepare('SELECT COUNT(*), MAX(x) FROM t').all()));
    broken.close();
    expect(corrupt).toMatchObject({ code: 'STORE_ERROR', details: { restore: true } });
    expect(corrupt.message).toContain('The data file is damaged');
    expect(corrupt.message).toContain('Settings → Backups');
    expect(corrupt.message).not.toMatch(RAW_SQLITE);
  });

  it('refuses to restore a damaged copy in plain words, changing nothing', () => {
    const folder = join(tmp.dir, 'backups');
    mkdirSync(folder, { recursive: true });
    const copy = join(folder, 'planner-daily-2026-01-01.sqlite');
    store.db.prepare('VACUUM INTO ?').run(copy);
    const bytes = readFileSync(copy);
    bytes.fill(0, 4096 * 20, 4096 * 21);
    writeFileSync(copy, bytes);
    const members = store.db.prepare('SELECT COUNT(*) AS n FROM members').get();
    const refused = api.call('backups.restore', { name: 'planner-daily-2026-01-01.sqlite' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!refused.ok) {
      expect(refused.error.message).toContain('“planner-daily-2026-01-01.sqlite” is damaged or is not a planner data file');
      expect(refused.error.message).not.toMatch(RAW_SQLITE);
    }
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM members').get()).toEqual(members);
  });

  it('checks the whole store before a copy: a damaged one is not copied over good copies', () => {
    // An index that no longer matches its table: the structure is sound (the quick check at open passes),
    // the full integrity check is not.
    const good = api.call('backups.create', {});
    expect(good.ok).toBe(true);
    const raw = new Database(store.file);
    raw.unsafeMode(true);
    raw.pragma('writable_schema = ON');
    raw.prepare("UPDATE sqlite_master SET sql = 'CREATE INDEX members_by_target_role ON members(name)' WHERE name = 'members_by_target_role'").run();
    raw.close();
    store.db.close();
    store = openPlannerStore(store.file);
    api = createApi({ db: store.db, file: store.file });
    const copies = readdirSync(join(tmp.dir, 'backups'));
    const refused = api.call('backups.create', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORE_ERROR', details: { restore: true } } });
    if (!refused.ok) expect(refused.error.message).toContain('The data file is damaged');
    expect(readdirSync(join(tmp.dir, 'backups'))).toEqual(copies);
  });
});

describe('leftovers', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('removes restore folders of processes that are gone and old ones, never a running planner’s', () => {
    const temp = tmp.file('tmp');
    mkdirSync(temp);
    const gone = mkdtempSync(join(temp, 'planner-restore-999999999-'));
    const legacy = mkdtempSync(join(temp, 'planner-restore-'));
    writeFileSync(join(legacy, 'staging.sqlite'), 'x'.repeat(1000));
    const mine = mkdtempSync(join(temp, `planner-restore-${process.pid}-`));
    const mineOld = mkdtempSync(join(temp, `planner-restore-${process.pid}-`));
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    utimesSync(mineOld, twoDaysAgo, twoDaysAgo);
    const other = mkdtempSync(join(temp, 'someone-else-'));
    const removed = removeStaleRestoreFolders(temp);
    expect(removed.sort()).toEqual([gone, legacy, mineOld].sort());
    expect(readdirSync(temp).sort()).toEqual([mine, other].map((p) => p.slice(temp.length + 1)).sort());
  });

  it('removes half-written copies when the file is opened', () => {
    const file = tmp.file('planner.sqlite');
    const folder = join(tmp.dir, 'backups');
    mkdirSync(folder);
    writeFileSync(join(folder, '.planner-manual-2026-01-01T10-00-00.sqlite.partial'), 'half');
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    const store = openPlannerStore(file);
    store.db.close();
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });

  it('never counts an empty or unreadable copy among the kept ones', () => {
    const file = tmp.file('planner.sqlite');
    const store = openPlannerStore(file);
    const api = createApi({ db: store.db, file });
    const folder = join(tmp.dir, 'backups');
    // Three good daily copies and, newer than them, an empty and a cut-short one.
    mkdirSync(folder);
    for (const day of ['2026-03-01', '2026-03-02', '2026-03-03']) store.db.prepare('VACUUM INTO ?').run(join(folder, `planner-daily-${day}.sqlite`));
    writeFileSync(join(folder, 'planner-daily-2026-03-04.sqlite'), '');
    writeFileSync(join(folder, 'planner-daily-2026-03-05.sqlite'), 'SQLite format 3\0 but nothing after');
    const removed = prune(file, 'daily', 2);
    expect(removed.sort()).toEqual(['planner-daily-2026-03-01.sqlite', 'planner-daily-2026-03-04.sqlite']);
    const left = readdirSync(folder).sort();
    expect(left).toEqual(['planner-daily-2026-03-02.sqlite', 'planner-daily-2026-03-03.sqlite', 'planner-daily-2026-03-05.sqlite']);
    expect(statSync(join(folder, 'planner-daily-2026-03-03.sqlite')).size).toBeGreaterThan(0);
    // A manual copy is written whole: no partial file stays behind.
    expect(api.call('backups.create', {}).ok).toBe(true);
    expect(readdirSync(folder).filter((n) => n.endsWith('.partial'))).toEqual([]);
    store.db.close();
  });
});
