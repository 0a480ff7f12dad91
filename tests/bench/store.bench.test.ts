import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import type { Course } from '../../src/shared/domain/catalog';
import { coursesRepository } from '../../src/main/db/repositories/courses';
import { openStore } from '../../src/main/db/open';
import { tempDir } from '../support/temp-dir';
import { compare, printTable, type ComparisonResult } from './support/compare';

const results: ComparisonResult[] = [];
afterAll(() => printTable(results));

function courses(n: number): Course[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `bench-course-${i}`,
    title: `Course ${i}: adversarial robustness in practice`,
    provider: `Provider ${i % 40}`,
    kind: 'course',
    format: 'self-paced',
    hours: 4 + (i % 30),
    hoursNote: '',
    examHours: null,
    sessions: [],
    cost: i % 3 === 0 ? 0 : 100 + i,
    currency: i % 3 === 0 ? null : 'USD',
    url: `https://example.org/courses/${i}`,
    level: 'intermediate',
    teaches: [],
    requires: [],
  }));
}

it('bulk insert of 10,000 courses: the store against bare better-sqlite3', () => {
  const rows = courses(10_000);
  let n = 0;
  const tmp = tempDir('planner-bench-');
  const freshFile = () => tmp.file(`bench-${n++}.sqlite`);
  // The files the subject (the store) wrote: those are the ones to check, not the baseline's.
  const ours: string[] = [];

  const result = compare({
    name: 'insert 10,000 courses',
    baseline: {
      label: 'bare prepared INSERT in one transaction',
      prepare() {
        const { db } = openStore(freshFile());
        const insert = db.prepare(`INSERT INTO courses
          (id, title, provider, kind, format, hours, hours_note, cost, currency, url, level, origin)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'user')`);
        return () => {
          db.transaction(() => {
            for (const c of rows) {
              insert.run(c.id, c.title, c.provider, c.kind, c.format, c.hours, c.hoursNote, c.cost, c.currency, c.url, c.level);
            }
          })();
          db.close();
        };
      },
    },
    subject: {
      label: 'coursesRepository.insertMany',
      prepare() {
        const file = freshFile();
        ours.push(file);
        const { db } = openStore(file);
        const repo = coursesRepository(db);
        return () => {
          repo.insertMany(rows, 'user');
          db.close();
        };
      },
    },
  });
  results.push(result);
  expect(ours.length).toBeGreaterThan(1);
  for (const file of ours) {
    const check = new Database(file, { readonly: true });
    expect(check.prepare("SELECT COUNT(*) AS n FROM courses WHERE id LIKE 'bench-course-%'").get()).toEqual({ n: 10_000 });
    expect(check.prepare('SELECT title, provider, hours, cost, currency FROM courses WHERE id = ?').get('bench-course-9998')).toEqual({
      title: 'Course 9998: adversarial robustness in practice',
      provider: 'Provider 38',
      hours: 12,
      cost: 10_098,
      currency: 'USD',
    });
    check.close();
  }
  tmp.cleanup();
});
