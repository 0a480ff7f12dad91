import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/db/migrations';
import { jsonBackupService, tablesChecksum } from '../../../src/main/services/imports/backup/json-backup';
import { dumpTables, useImportsApi } from './imports-api';

const LEDGER = ['schema_migrations'];

describe('JSON backup and restore', () => {
  const t = useImportsApi();

  function fillStore() {
    t.ok('csv.import', {
      entity: 'members',
      content: 'name,target_role,weekly_hours\nAda Lovelace,AI Security Engineer,5\nGrace Hopper,MLSecOps Engineer,3\n',
      mapping: { name: 0, target_role: 1, weekly_hours: 2, id: null, title: null, current_role: null, start_date: null, notes: null },
    });
    t.ok('csv.import', {
      entity: 'ratings',
      content: 'member,skill,level,source,rated_on,evidence\nAda Lovelace,python-for-ml,3,manager,2026-01-10,"Review, with ""quotes"" and é"\n',
      mapping: { member: 0, skill: 1, level: 2, source: 3, rated_on: 4, evidence: 5 },
    });
    t.ok('settings.update', { staleAfterMonths: 9 });
  }

  function wipe() {
    t.db.pragma('foreign_keys = OFF');
    for (const table of Object.keys(dumpTables(t.db, LEDGER))) t.db.prepare(`DELETE FROM "${table}"`).run();
    t.db.pragma('foreign_keys = ON');
  }

  it('backs up everything, and a wiped store restored from it holds identical tables', () => {
    fillStore();
    const before = dumpTables(t.db, LEDGER);
    const backup = t.ok('backup.export', {});
    expect(backup.fileName).toMatch(/^planner-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(backup.content);
    expect(parsed).toMatchObject({ format: 'ai-security-path-planner.backup', formatVersion: 1, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(parsed.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(parsed.counts.members).toBe(before.members!.length);
    expect(parsed.tables.schema_migrations).toBeUndefined();

    wipe();
    expect(t.count('SELECT COUNT(*) AS n FROM skills')).toBe(0);
    const inspection = t.ok('backup.inspect', { content: backup.content });
    expect(inspection.summary).toMatchObject({ members: before.members!.length, ratings: before.ratings!.length, skills: before.skills!.length });

    const report = t.ok('backup.restore', { content: backup.content });
    expect(dumpTables(t.db, LEDGER)).toEqual(before);
    expect(report.summary.skills).toBe(before.skills!.length);
    expect(report.safetyBackup).toMatch(/^planner-before-restore-.*\.sqlite$/);
    expect(existsSync(join(t.dir, 'backups', report.safetyBackup))).toBe(true);
    // The copy taken first holds the store as it was just before the restore: wiped.
    const safety = new Database(join(t.dir, 'backups', report.safetyBackup), { readonly: true });
    expect(safety.prepare('SELECT COUNT(*) AS n FROM skills').get()).toEqual({ n: 0 });
    safety.close();
    expect(t.ok('settings.get', {}).staleAfterMonths).toBe(9);
  });

  it('refuses a damaged or foreign file with the reason, changing nothing', () => {
    fillStore();
    const { content } = t.ok('backup.export', {});
    const before = dumpTables(t.db, LEDGER);
    const edited = JSON.parse(content);
    edited.tables.members.rows[0][1] = 'Someone else';
    const recounted = JSON.parse(content);
    recounted.counts.members += 1;
    const newer = JSON.parse(content);
    newer.schemaVersion = LATEST_SCHEMA_VERSION + 1;
    // Consistent checksum and counts, but a rating of a member the file does not hold.
    const dangling = JSON.parse(content);
    const ratings = dangling.tables.ratings;
    ratings.rows[0][ratings.columns.indexOf('member_id')] = 'member-who-never-was';
    dangling.checksum = tablesChecksum(dangling.tables);
    const cases: [string, string, RegExp][] = [
      ['cut short', content.slice(0, content.length / 2), /not JSON/],
      ['foreign JSON', JSON.stringify({ hello: 'world' }), /not a planner backup/],
      ['edited values', JSON.stringify(edited), /checksum does not match/],
      ['wrong counts', JSON.stringify(recounted), /says “members” has \d+ rows but holds/],
      ['newer version', JSON.stringify(newer), /newer version of the planner/],
      ['dangling reference', JSON.stringify(dangling), /rows of “ratings” point at missing “members” rows/],
    ];
    for (const [what, text, reason] of cases) {
      const error = t.refused('backup.restore', { content: text });
      expect({ what, code: error.code, message: error.message }).toEqual({ what, code: 'INVALID_INPUT', message: expect.stringMatching(reason) });
      expect(error.message).toMatch(/Nothing was changed\.$/);
    }
    expect(dumpTables(t.db, LEDGER)).toEqual(before);
    expect(existsSync(join(t.dir, 'backups'))).toBe(false);
  });

  it('restores a backup made at an older data version, migrating it on the way in', () => {
    const old = new Database(join(t.dir, 'old.sqlite'));
    migrate(old, join(t.dir, 'old.sqlite'), MIGRATIONS.slice(0, 2));
    old.exec(`INSERT INTO skill_categories (id, name) VALUES ('c', 'Old category');
      INSERT INTO skills (id, name, category_id) VALUES ('old-skill', 'Old skill', 'c');
      INSERT INTO members (id, name) VALUES ('m1', 'Old member');
      INSERT INTO ratings (member_id, skill_id, level, source, rated_on) VALUES ('m1', 'old-skill', 2, 'self', '2025-05-01');`);
    const { content } = jsonBackupService(old, join(t.dir, 'old.sqlite'), '0.0.1').export();
    old.close();
    expect(JSON.parse(content).schemaVersion).toBe(2);
    t.ok('backup.restore', { content });
    expect(t.ok('skills.list', {}).map((s) => s.name)).toEqual(['Old skill']);
    expect(t.ok('members.list', {}).map((m) => m.name)).toEqual(['Old member']);
    expect(t.count('SELECT COUNT(*) AS n FROM ratings')).toBe(1);
  });
});

describe('database-file backups', () => {
  const t = useImportsApi();

  it('copies the data file now, lists it with its counts, and restores it in place', () => {
    const before = dumpTables(t.db, LEDGER);
    const entry = t.ok('backups.create', {});
    expect(entry).toMatchObject({ kind: 'manual', summary: { skills: before.skills!.length, roles: before.roles!.length } });

    t.db.prepare('DELETE FROM role_requirements').run();
    t.ok('members.create', { name: 'Added after the backup' });
    const list = t.ok('backups.list', {});
    expect(list.directory).toBe(join(t.dir, 'backups'));
    expect(list.schedule).toEqual({ enabled: true, keep: 7 });
    expect(list.backups.map((b) => b.name)).toEqual([entry.name]);

    const report = t.ok('backups.restore', { name: entry.name });
    expect(dumpTables(t.db, LEDGER)).toEqual(before);
    const kinds = t.ok('backups.list', {}).backups.map((b) => b.kind).sort();
    expect(kinds).toEqual(['before-restore', 'manual']);
    expect(report.safetyBackup).toMatch(/^planner-before-restore-/);
  });

  it('refuses a copy that is not a planner store or is from a newer version, changing nothing', () => {
    const entry = t.ok('backups.create', {});
    const folder = join(t.dir, 'backups');
    const foreign = new Database(join(folder, 'planner-manual-1999-01-01T00-00-00.sqlite'));
    foreign.exec('CREATE TABLE notes (x TEXT)');
    foreign.close();
    const newer = new Database(join(folder, entry.name));
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    newer.close();
    const before = dumpTables(t.db, LEDGER);
    expect(t.refused('backups.restore', { name: 'planner-manual-1999-01-01T00-00-00.sqlite' }).message).toMatch(/is not a planner data file/);
    expect(t.refused('backups.restore', { name: entry.name }).message).toMatch(/newer version of the planner/);
    expect(t.refused('backups.restore', { name: '../planner.sqlite' }).code).toBe('NOT_FOUND');
    expect(dumpTables(t.db, LEDGER)).toEqual(before);
    expect(readdirSync(folder).filter((n) => n.includes('before-restore'))).toEqual([]);
  });

  it('keeps the schedule as a setting', () => {
    expect(t.ok('backups.schedule', { keep: 3 })).toEqual({ enabled: true, keep: 3 });
    expect(t.ok('backups.schedule', { enabled: false })).toEqual({ enabled: false, keep: 3 });
    expect(t.refused('backups.schedule', { keep: 0 }).code).toBe('INVALID_INPUT');
    expect(t.ok('backups.list', {}).schedule).toEqual({ enabled: false, keep: 3 });
  });
});
