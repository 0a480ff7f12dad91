import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startRollingBackups, type RollingBackups } from '../../../src/main/services/imports/backup/rolling-backups';
import { useImportsApi } from './imports-api';

describe('daily rolling backups (SQLite online backup)', () => {
  const t = useImportsApi();
  let rolling: RollingBackups | undefined;
  afterEach(() => rolling?.stop());

  const dailies = () => readdirSync(join(t.dir, 'backups')).filter((n) => n.startsWith('planner-daily-')).sort();

  it('takes one copy a day, readable as a store, and keeps the newest seven', async () => {
    let day = new Date(2026, 2, 1, 9, 0);
    rolling = startRollingBackups(t.db, t.file, { now: () => day, checkEveryMs: 3_600_000 });
    expect(await rolling.runDue()).toBe('planner-daily-2026-03-01.sqlite');
    expect(await rolling.runDue()).toBeNull();

    const copy = new Database(join(t.dir, 'backups', 'planner-daily-2026-03-01.sqlite'), { readonly: true });
    expect(copy.prepare('SELECT COUNT(*) AS n FROM skills').get()).toEqual({ n: t.count('SELECT COUNT(*) AS n FROM skills') });
    copy.close();

    for (let d = 2; d <= 9; d++) {
      day = new Date(2026, 2, d, 9, 0);
      await rolling.runDue();
    }
    expect(dailies()).toEqual([3, 4, 5, 6, 7, 8, 9].map((d) => `planner-daily-2026-03-0${d}.sqlite`));
    expect(t.ok('backups.list', {}).backups.filter((b) => b.kind === 'daily')).toHaveLength(7);
  });

  it('follows the setting: fewer kept, or none taken while turned off', async () => {
    let day = new Date(2026, 4, 1, 12, 0);
    rolling = startRollingBackups(t.db, t.file, { now: () => day });
    t.ok('backups.schedule', { keep: 2 });
    for (let d = 1; d <= 4; d++) {
      day = new Date(2026, 4, d, 12, 0);
      await rolling.runDue();
    }
    expect(dailies()).toEqual(['planner-daily-2026-05-03.sqlite', 'planner-daily-2026-05-04.sqlite']);
    t.ok('backups.schedule', { enabled: false });
    day = new Date(2026, 4, 5, 12, 0);
    expect(await rolling.runDue()).toBeNull();
    expect(dailies()).toHaveLength(2);
  });
});
