import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, expect, it } from 'vitest';
import { openStore, type Db } from '../../src/main/db/open';
import { csvImportService } from '../../src/main/services/imports/csv/csv-import-service';
import { niceImportService } from '../../src/main/services/imports/nice/nice-import-service';
import { guessCsvMapping } from '../../src/shared/domain/csv-import';
import { toCsv } from '../../src/shared/domain/csv-text';
import { niceCatalogRows } from '../../src/shared/domain/nice-catalog';
import { readNiceFramework } from '../../src/shared/domain/nice-framework';
import { tempDir } from '../support/temp-dir';
import { compare, printTable, type ComparisonResult } from './support/compare';

const results: ComparisonResult[] = [];
afterAll(() => printTable(results));

const tmp = tempDir('planner-bench-');
afterAll(() => tmp.cleanup());
let n = 0;
let lastFile = '';
const lastOf: Record<'baseline' | 'subject', string> = { baseline: '', subject: '' };
/** A fresh migrated data file per round (untimed); both sides close it inside the timed work. */
const freshStore = (side: 'baseline' | 'subject' = 'subject'): Db => openStore((lastFile = lastOf[side] = tmp.file(`bench-${n++}.sqlite`))).db;
function countInLast(table: string): number {
  const db = openStore(lastFile).db;
  const { n: rows } = db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number };
  db.close();
  return rows;
}
/** What a query reads from the last file each side wrote: the baseline must have stored what the import stored. */
function readLast(side: 'baseline' | 'subject', sql: string): unknown[] {
  const db = openStore(lastOf[side]).db;
  const rows = db.prepare(sql).all();
  db.close();
  return rows;
}

it('CSV import of 10,000 courses (parse, check every row, write in one transaction) against a bare insert of the same rows', () => {
  const headers = ['id', 'title', 'provider', 'kind', 'format', 'hours', 'cost', 'currency', 'url', 'level'];
  const rows = Array.from({ length: 10_000 }, (_, i) => [
    `bench-${i}`,
    `Course ${i}: adversarial robustness, "in practice"`,
    `Provider ${i % 40}`,
    'course',
    'self-paced',
    4 + (i % 30),
    i % 3 === 0 ? 0 : 100 + i,
    i % 3 === 0 ? '' : 'USD',
    `https://example.org/courses/${i}`,
    'intermediate',
  ]);
  const content = toCsv(headers, rows);
  const mapping = guessCsvMapping('courses', headers);

  const importSide = {
    label: 'csv.import (papaparse + checks + upsert)',
    prepare() {
      const db = freshStore('subject');
      return () => {
        const result = csvImportService(db).import({ entity: 'courses', content, mapping });
        if (result.added !== 10_000) throw new Error(`imported ${result.added}`);
        db.close();
      };
    },
  };
  const insertStatement = (db: Db) =>
    db.prepare(`INSERT INTO courses (id, title, provider, kind, format, hours, cost, currency, url, level, origin)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'user')`);

  // The row: both sides start from the same CSV text and end with the same rows stored. The bare side
  // reads the text the plain way (papaparse with its defaults, header row dropped, numbers by Number()) and
  // inserts; the import's extra work is everything else (mapping, checks, value resolution, comparison).
  results.push(
    compare({
      name: 'import 10,000-row courses CSV',
      baseline: {
        label: 'papaparse the same text + bare prepared INSERT, one transaction',
        prepare() {
          const db = freshStore('baseline');
          const insert = insertStatement(db);
          return () => {
            const records = Papa.parse<string[]>(content, { skipEmptyLines: true }).data;
            db.transaction(() => {
              for (let i = 1; i < records.length; i++) {
                const r = records[i]!;
                insert.run(r[0], r[1], r[2], r[3], r[4], Number(r[5]), Number(r[6]), r[7] || null, r[8], r[9]);
              }
            })();
            db.close();
          };
        },
      },
      subject: importSide,
    }),
  );
  const stored = 'SELECT id, title, provider, kind, format, hours, cost, currency, url, level FROM courses ORDER BY id';
  expect(readLast('baseline', stored)).toEqual(readLast('subject', stored));

  // Stricter: the bare side is handed the rows already parsed, so the import's CSV parse counts against it too.
  results.push(
    compare({
      name: 'import 10,000-row courses CSV, vs rows already parsed (bare side parses nothing)',
      baseline: {
        label: 'bare prepared INSERT of rows given as values, one transaction',
        prepare() {
          const db = freshStore('baseline');
          const insert = insertStatement(db);
          return () => {
            db.transaction(() => {
              for (const r of rows) insert.run(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] || null, r[8], r[9]);
            })();
            db.close();
          };
        },
      },
      subject: importSide,
    }),
  );
  // The last round was the subject's: its file holds the imported rows.
  expect(countInLast('courses')).toBe(10_000);
});

const NICE = resolve(__dirname, '../../../shared/reference/nice/cprt_SP_800_181_2_1_0.json');

it.skipIf(!existsSync(NICE))('full NICE v2.1.0 import (41 roles) against a bare insert of the same rows', () => {
  const content = readFileSync(NICE, 'utf8');
  const framework = readNiceFramework(content);
  const roleIds = framework.roles.map((r) => r.id);
  const rows = niceCatalogRows(framework, roleIds, { level: 3, importance: 2 });

  const snapshot = JSON.stringify(framework);
  const importSide = {
    label: 'nice.import (read 2.4 MB JSON + compare + upsert + snapshot)',
    prepare() {
      const db = freshStore('subject');
      return () => {
        niceImportService(db).import({ content, roleIds, level: 3, importance: 2 });
        db.close();
      };
    },
  };
  /** The bare inserts of the rows the import stores; with `readsFile` it also parses the file and stores the import record with its snapshot. */
  const bareSide = (label: string, readsFile: boolean) => ({
    label,
    prepare() {
      const db = freshStore('baseline');
      const category = db.prepare('INSERT INTO skill_categories (id, name, description, position) VALUES (?, ?, ?, ?)');
      const skill = db.prepare(`INSERT INTO skills (id, name, category_id, description, refs, origin) VALUES (?, ?, ?, ?, ?, 'nice')`);
      const role = db.prepare(`INSERT INTO roles (id, name, summary, responsibilities, refs, origin) VALUES (?, ?, ?, ?, ?, 'nice')`);
      const requirement = db.prepare('INSERT INTO role_requirements (role_id, skill_id, level, importance) VALUES (?, ?, ?, ?)');
      const record = db.prepare('INSERT INTO framework_imports (framework, version, report, snapshot) VALUES (?, ?, ?, ?)');
      return () => {
        // The file read the plain way (the rows themselves were built beforehand, untimed).
        if (readsFile && (JSON.parse(content) as { response?: unknown }).response === undefined) throw new Error('not a CPRT file');
        db.transaction(() => {
          for (const c of rows.categories) category.run(c.id, c.name, c.description, c.position);
          for (const s of rows.skills) skill.run(s.id, s.name, s.category, s.description, JSON.stringify(s.refs));
          for (const r of rows.roles) {
            role.run(r.id, r.name, r.summary, JSON.stringify(r.responsibilities), JSON.stringify(r.refs));
            for (const q of r.requirements) requirement.run(r.id, q.skill, q.level, q.importance);
          }
          if (readsFile) record.run('NICE', framework.document.version, '{}', snapshot);
        })();
        db.close();
      };
    },
  });

  // The row: both sides start from the file's text and store the same rows, the import's record with
  // its framework snapshot included; the import's extra work is reading the framework, building and checking
  // the rows, and comparing them with the store.
  results.push(
    compare({
      name: 'import NICE v2.1.0, all 41 work roles',
      rounds: 9,
      baseline: bareSide('JSON.parse the same file + bare prepared INSERTs of the same rows and import record', true),
      subject: importSide,
    }),
  );
  const requirements = 'SELECT role_id, skill_id, level, importance FROM role_requirements ORDER BY role_id, skill_id';
  expect(readLast('baseline', requirements)).toEqual(readLast('subject', requirements));
  const snapshots = 'SELECT framework, version, snapshot FROM framework_imports';
  expect(readLast('baseline', snapshots)).toEqual(readLast('subject', snapshots));

  // Stricter: the bare side neither reads the file nor records the import.
  results.push(
    compare({
      name: 'import NICE v2.1.0, all 41 work roles, vs rows already built (bare side reads no file, records no import)',
      rounds: 9,
      baseline: bareSide('bare prepared INSERTs of the same categories, skills, roles, requirements', false),
      subject: importSide,
    }),
  );
  expect(countInLast('role_requirements')).toBe(3905);
});
