import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../../src/main/db/open';
import { jsonBackupService, tablesChecksum } from '../../../src/main/services/imports/backup/json-backup';
import type { BackupFile } from '../../../src/shared/domain/backup';
import { tempDir } from '../../support/temp-dir';

/**
 * The backup cases of the bad-file corpus, made from a real export of an empty store at the current data
 * version, with a few rows written in and the checksum and counts made right again, so each is refused for
 * its row and not for its checksum. Written by `WRITE_BAD_BACKUPS=1 npx vitest run --project integration
 * tests/integration/torture/bad-backups.test.ts`.
 */
type Rows = Record<string, Record<string, string | number | null>[]>;

const STAMP = '2024-01-01T00:00:00.000Z';

function emptyBackup(): BackupFile {
  const tmp = tempDir();
  try {
    const { db } = openStore(tmp.file('planner.sqlite'));
    try {
      const exported = jsonBackupService(db, tmp.file('planner.sqlite'), '0.1.0').export(new Date(STAMP));
      return JSON.parse(exported.content) as BackupFile;
    } finally {
      db.close();
    }
  } finally {
    tmp.cleanup();
  }
}

/** The backup with these rows in (each column not given takes a plain default), checksum and counts redone. */
function withRows(base: BackupFile, rows: Rows): BackupFile {
  const backup = structuredClone(base);
  for (const [table, list] of Object.entries(rows)) {
    const t = backup.tables[table]!;
    for (const row of list) {
      t.rows.push(t.columns.map((c) => (c in row ? row[c]! : /_at$/.test(c) ? STAMP : c === 'origin' ? 'user' : c === 'position' ? 1 : 0)));
    }
  }
  return seal(backup);
}

function seal(backup: BackupFile): BackupFile {
  for (const [name, t] of Object.entries(backup.tables)) backup.counts[name] = t.rows.length;
  backup.checksum = tablesChecksum(backup.tables);
  return backup;
}

const category = { id: 'cat', name: 'Category', description: '' };
const skill = (id: string, extra: Record<string, string | number> = {}) => ({
  id,
  name: `Skill ${id}`,
  category_id: 'cat',
  description: '',
  refs: '[]',
  ...extra,
});
const member = { id: 'm1', name: 'Member One', title: '', current_role_id: null, target_role_id: null, weekly_hours: 4, start_date: null, notes: '', is_demo: 0 };

export interface BadBackup {
  name: string;
  backup: unknown;
  message: string;
}

export function badBackups(): BadBackup[] {
  const base = emptyBackup();
  const onlySettings = structuredClone(base);
  onlySettings.tables = { settings: base.tables.settings! };
  onlySettings.counts = { settings: 0 };
  const wrongCount = withRows(base, { skill_categories: [category], skills: [skill('s1')] });
  wrongCount.counts.skills = 2;
  const changed = withRows(base, { skill_categories: [category], skills: [skill('s1')] });
  (changed.tables.skills!.rows[0] as unknown[])[1] = 'Changed after export';
  const newer = { ...base, schemaVersion: 99 };
  return [
    { name: 'backup-only-settings', backup: seal(onlySettings), message: 'The backup lacks' },
    {
      name: 'backup-skill-refs-object',
      backup: withRows(base, { skill_categories: [category], skills: [skill('s1', { refs: '{"not":"an array"}' })] }),
      message: 'table “skills”, row 1 (id “s1”), field refs:',
    },
    {
      name: 'backup-weekly-hours-lots',
      backup: withRows(base, { members: [{ ...member, weekly_hours: 'lots' }] }),
      message: 'table “members”, row 1 (id “m1”), field weekly_hours: Weekly learning hours must be a number.',
    },
    {
      name: 'backup-rating-in-2999',
      backup: withRows(base, {
        skill_categories: [category],
        skills: [skill('s1')],
        members: [member],
        ratings: [{ id: 1, member_id: 'm1', skill_id: 's1', level: 3, source: 'manager', rated_on: '2999-01-01', evidence: '' }],
      }),
      message: 'table “ratings”, row 1 (id “1”), field rated_on: A rating cannot be dated in the future (2999-01-01)',
    },
    {
      name: 'backup-course-entry-at-taught-level',
      backup: withRows(base, {
        skill_categories: [category],
        skills: [skill('s1')],
        courses: [{ id: 'c1', title: 'Course', provider: 'Acme', kind: 'course', format: 'self-paced', hours: 3, hours_note: '', cost: null, currency: null, url: 'https://acme.example/c', level: 'beginner' }],
        course_skills: [{ course_id: 'c1', skill_id: 's1', level: 3 }],
        course_requirements: [{ course_id: 'c1', skill_id: 's1', level: 3 }],
      }),
      message: 'table “courses”, row 1 (id “c1”), field course_requirements: The entry level must be below',
    },
    {
      name: 'backup-invisible-skill-name',
      backup: withRows(base, { skill_categories: [category], skills: [skill('s1', { name: '\u200b\u2068\u2069' })] }),
      message: 'field name: Skill name needs a visible character',
    },
    {
      name: 'backup-lone-surrogate-name',
      backup: withRows(base, { members: [{ ...member, name: 'Bad \ud800 name' }] }),
      message: 'table “members”, row 1, field name contains a broken character (a lone UTF-16 surrogate)',
    },
    {
      name: 'backup-prerequisite-cycle',
      backup: withRows(base, {
        skill_categories: [category],
        skills: [skill('s1'), skill('s2')],
        skill_prerequisites: [
          { skill_id: 's1', requires_skill_id: 's2', level: 2 },
          { skill_id: 's2', requires_skill_id: 's1', level: 2 },
        ],
      }),
      message: 'The prerequisites make a cycle',
    },
    {
      name: 'backup-dangling-rating',
      backup: withRows(base, { skill_categories: [category], skills: [skill('s1')], ratings: [{ id: 1, member_id: 'ghost', skill_id: 's1', level: 2, source: 'self', rated_on: '2024-01-01', evidence: '' }] }),
      message: 'rows of “ratings” point at missing “members” rows',
    },
    { name: 'backup-count-mismatch', backup: { ...wrongCount, checksum: tablesChecksum(wrongCount.tables) }, message: 'it says “skills” has 2 rows but holds 1' },
    { name: 'backup-checksum-mismatch', backup: changed, message: 'its checksum does not match its contents' },
    { name: 'backup-newer-data-version', backup: newer, message: 'made by a newer version of the planner' },
    { name: 'backup-foreign-json', backup: { hello: 'world' }, message: 'it lacks the planner’s backup format mark' },
  ];
}

export function writeBadBackups(dir: string): void {
  for (const { name, backup, message } of badBackups()) {
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(backup));
    writeFileSync(join(dir, `${name}.expect.json`), `${JSON.stringify({ operation: 'backup.restore', message }, null, 2)}\n`);
  }
  writeFileSync(join(dir, 'backup-cut-short.json'), JSON.stringify(badBackups()[1]!.backup).slice(0, 400));
  writeFileSync(join(dir, 'backup-cut-short.expect.json'), `${JSON.stringify({ operation: 'backup.restore', message: 'it is not JSON (it may be cut short)' }, null, 2)}\n`);
}
