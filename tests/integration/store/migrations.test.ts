import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreVersionError, MigrationDriftError } from '../../../src/main/db/errors';
import { migrate } from '../../../src/main/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/db/migrations';
import { openStore } from '../../../src/main/db/open';
import { openPlannerStore } from '../../../src/main/planner-store';
import { tempDir } from '../../support/temp-dir';

let tmp = tempDir();
afterEach(() => {
  tmp.cleanup();
  tmp = tempDir();
});

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );
}

describe('opening the data file', () => {
  it('creates a new file at the latest schema with WAL, foreign keys and a busy timeout', () => {
    const { db, migration } = openStore(tmp.file('planner.sqlite'));
    expect(migration).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION, backupFile: null });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'skills', 'skill_prerequisites', 'skill_categories', 'roles', 'role_requirements', 'courses', 'course_skills',
        'course_requirements', 'members', 'ratings', 'plans', 'plan_nodes', 'plan_edges', 'settings', 'schema_migrations',
      ]),
    );
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
    db.close();
  });

  it('upgrades a file from an older schema, keeps its rows, and copies it beside itself first', () => {
    const file = tmp.file('planner.sqlite');
    const old = new Database(file);
    migrate(old, file, MIGRATIONS.slice(0, 1));
    old.prepare("INSERT INTO skill_categories (id, name) VALUES ('c1', 'Adversarial ML')").run();
    old.prepare("INSERT INTO skills (id, name, category_id) VALUES ('s1', 'Evasion attacks', 'c1')").run();
    old.close();

    const { db, migration } = openStore(file);
    expect(migration.from).toBe(1);
    expect(migration.to).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT name FROM skills').all()).toEqual([{ name: 'Evasion attacks' }]);
    expect(tables(db)).toContain('members');
    db.close();

    expect(migration.backupFile).toMatch(/planner\.sqlite\.schema-1\..+\.bak$/);
    const copy = new Database(migration.backupFile!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT name FROM skills').all()).toEqual([{ name: 'Evasion attacks' }]);
    expect(tables(copy)).not.toContain('members');
    copy.close();
  });

  it('refuses a file from a newer version of the app and leaves it unchanged', () => {
    const file = tmp.file('planner.sqlite');
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.close();

    expect(() => openStore(file)).toThrow(StoreVersionError);
    expect(() => openStore(file)).toThrow(
      `newer version of the planner (schema ${LATEST_SCHEMA_VERSION + 5}; this version understands up to ${LATEST_SCHEMA_VERSION})`,
    );
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5);
    expect(tables(after)).toEqual(['from_the_future']);
    after.close();
  });

  it('notices an applied migration that was edited afterwards', () => {
    const file = tmp.file('planner.sqlite');
    openStore(file).db.close();
    const db = new Database(file);
    db.prepare("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1").run();
    db.close();
    expect(() => openStore(file)).toThrow(MigrationDriftError);
  });

  it('rolls back a migration that fails part-way, leaving the file at the version before it', () => {
    const file = tmp.file('planner.sqlite');
    const db = new Database(file);
    const broken = [
      ...MIGRATIONS.slice(0, 1),
      { version: 2, name: 'broken', checksum: 'x', sql: 'CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);' },
    ];
    expect(() => migrate(db, file, broken)).toThrow(/no such table/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).not.toContain('half_done');
    db.close();
  });
});

describe('first run', () => {
  it('fills an empty file from the embedded catalog once, with the five roles of the field', () => {
    const file = tmp.file('planner.sqlite');
    const first = openPlannerStore(file);
    expect(first.seed.seeded).toBe(true);
    const names = (first.db.prepare('SELECT name FROM roles ORDER BY name').all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'AI Security Engineer',
        'MLSecOps Engineer',
        'AI Governance Specialist',
        'AI Incident Response Specialist',
        'Application Security Engineer (Gen AI)',
      ]),
    );
    first.db.prepare("DELETE FROM courses WHERE id = (SELECT id FROM courses LIMIT 1)").run();
    const courses = (first.db.prepare('SELECT COUNT(*) AS n FROM courses').get() as { n: number }).n;
    first.db.close();

    const second = openPlannerStore(file);
    expect(second.seed.seeded).toBe(false);
    expect((second.db.prepare('SELECT COUNT(*) AS n FROM courses').get() as { n: number }).n).toBe(courses);
    second.db.close();
  });
});
