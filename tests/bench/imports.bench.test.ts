import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
/** A fresh migrated data file per round (untimed); both sides close it inside the timed work. */
const freshStore = (): Db => openStore((lastFile = tmp.file(`bench-${n++}.sqlite`))).db;
function countInLast(table: string): number {
  const db = openStore(lastFile).db;
  const { n: rows } = db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number };
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

  results.push(
    compare({
      name: 'import 10,000-row courses CSV',
      baseline: {
        label: 'bare prepared INSERT of the parsed rows, one transaction',
        prepare() {
          const db = freshStore();
          const insert = db.prepare(`INSERT INTO courses (id, title, provider, kind, format, hours, cost, currency, url, level, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'user')`);
          return () => {
            db.transaction(() => {
              for (const r of rows) insert.run(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] || null, r[8], r[9]);
            })();
            db.close();
          };
        },
      },
      subject: {
        label: 'csv.import (papaparse + checks + upsert)',
        prepare() {
          const db = freshStore();
          return () => {
            const result = csvImportService(db).import({ entity: 'courses', content, mapping });
            if (result.added !== 10_000) throw new Error(`imported ${result.added}`);
            db.close();
          };
        },
      },
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

  results.push(
    compare({
      name: 'import NICE v2.1.0, all 41 work roles',
      rounds: 5,
      baseline: {
        label: 'bare prepared INSERTs of the same categories, skills, roles, requirements',
        prepare() {
          const db = freshStore();
          const category = db.prepare('INSERT INTO skill_categories (id, name, description, position) VALUES (?, ?, ?, ?)');
          const skill = db.prepare(`INSERT INTO skills (id, name, category_id, description, refs, origin) VALUES (?, ?, ?, ?, ?, 'nice')`);
          const role = db.prepare(`INSERT INTO roles (id, name, summary, responsibilities, refs, origin) VALUES (?, ?, ?, ?, ?, 'nice')`);
          const requirement = db.prepare('INSERT INTO role_requirements (role_id, skill_id, level, importance) VALUES (?, ?, ?, ?)');
          return () => {
            db.transaction(() => {
              for (const c of rows.categories) category.run(c.id, c.name, c.description, c.position);
              for (const s of rows.skills) skill.run(s.id, s.name, s.category, s.description, JSON.stringify(s.refs));
              for (const r of rows.roles) {
                role.run(r.id, r.name, r.summary, JSON.stringify(r.responsibilities), JSON.stringify(r.refs));
                for (const q of r.requirements) requirement.run(r.id, q.skill, q.level, q.importance);
              }
            })();
            db.close();
          };
        },
      },
      subject: {
        label: 'nice.import (read 2.4 MB JSON + compare + upsert + snapshot)',
        prepare() {
          const db = freshStore();
          return () => {
            niceImportService(db).import({ content, roleIds, level: 3, importance: 2 });
            db.close();
          };
        },
      },
    }),
  );
  expect(countInLast('role_requirements')).toBe(3905);
});
