import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/api';
import { migrate } from '../../../src/main/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/db/migrations';
import { openPlannerStore } from '../../../src/main/planner-store';
import type { CourseDraft } from '../../../src/shared/domain/catalog-edits';
import { tempDir } from '../../support/temp-dir';
import { useCatalogApi } from '../catalog/catalog-api';

const t = useCatalogApi();

const bootcamp: CourseDraft = {
  title: 'AI red-team bootcamp',
  provider: 'Acme Academy',
  kind: 'certification',
  format: 'in-person',
  hours: 40,
  hoursNote: 'Provider: 6 days of class; estimate 40 h of study including labs.',
  examHours: 3,
  cost: 3900,
  currency: 'USD',
  url: 'https://academy.example.org/red-team',
  level: 'advanced',
  teaches: [{ skill: 'adversarial-robustness', level: 3 }],
  requires: [],
  sessions: [
    { start: '2027-03-01', end: '2027-03-06', format: 'in-person', seats: 12 },
    { start: '2027-05-10', end: '2027-05-15', format: 'live-online', seats: null },
  ],
};

describe('exam hours and dated sessions of a course', () => {
  it('round-trip through the API and the data file, and survive a restart', () => {
    const created = t.ok('courses.create', bootcamp);
    expect(created).toMatchObject({ examHours: 3, sessions: bootcamp.sessions });
    expect(t.peek('SELECT exam_hours FROM courses WHERE id = ?', created.id)).toEqual([{ exam_hours: 3 }]);
    expect(t.peek('SELECT position, starts_on, ends_on, format, seats FROM course_sessions WHERE course_id = ? ORDER BY position', created.id)).toEqual([
      { position: 0, starts_on: '2027-03-01', ends_on: '2027-03-06', format: 'in-person', seats: 12 },
      { position: 1, starts_on: '2027-05-10', ends_on: '2027-05-15', format: 'live-online', seats: null },
    ]);
    t.reopen();
    expect(t.ok('courses.get', { id: created.id })).toMatchObject({ examHours: 3, sessions: bootcamp.sessions });
    expect(t.ok('courses.list', { search: 'red-team bootcamp' })[0]).toMatchObject({ examHours: 3, sessions: bootcamp.sessions });

    // An edit replaces the sessions and can drop the exam.
    const { plans: _plans, origin: _o, userModified: _u, ...rest } = t.ok('courses.get', { id: created.id });
    void _plans;
    void _o;
    void _u;
    t.ok('courses.update', { ...rest, examHours: null, sessions: [bootcamp.sessions![1]!] });
    expect(t.peek('SELECT exam_hours FROM courses WHERE id = ?', created.id)).toEqual([{ exam_hours: null }]);
    expect(t.peek<{ n: number }>('SELECT COUNT(*) AS n FROM course_sessions WHERE course_id = ?', created.id)[0]!.n).toBe(1);
    // Deleting the course takes its sessions with it.
    t.ok('courses.delete', { id: created.id });
    expect(t.peek<{ n: number }>('SELECT COUNT(*) AS n FROM course_sessions')[0]!.n).toBe(0);
  });

  it('refuses a session that ends before it starts, an impossible date and negative exam hours, at their fields, writing nothing', () => {
    const error = t.refused('courses.create', {
      ...bootcamp,
      examHours: -1,
      sessions: [{ start: '2027-03-06', end: '2027-03-01', format: 'in-person', seats: 12 }, { start: '2027-02-30', end: '2027-03-01', format: 'classroom', seats: -2 }],
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details?.fields).toEqual(
      expect.arrayContaining([
        { path: ['examHours'], message: 'Exam hours cannot be negative.' },
        { path: ['sessions', 0, 'end'], message: 'A session ends on or after the day it starts.' },
        { path: ['sessions', 1, 'start'], message: 'That date does not exist.' },
        { path: ['sessions', 1, 'format'], message: 'A session is live-online or in-person.' },
        { path: ['sessions', 1, 'seats'], message: 'Seats cannot be negative.' },
      ]),
    );
    expect(t.peek('SELECT id FROM courses WHERE title = ?', bootcamp.title)).toEqual([]);
    expect(t.peek('SELECT * FROM course_sessions')).toEqual([]);
  });

  it('a course created without the new fields has no exam and no sessions', () => {
    const { examHours: _e, sessions: _s, ...plain } = bootcamp;
    void _e;
    void _s;
    expect(t.ok('courses.create', { ...plain, title: 'Plain course' })).toMatchObject({ examHours: null, sessions: [] });
  });

  it('exam hours travel through the courses CSV: exported, and read back on import', () => {
    const created = t.ok('courses.create', bootcamp);
    const exported = t.ok('csv.export', { entity: 'courses' });
    const lines = exported.content.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toContain('hours_note,exam_hours,cost');
    expect(lines.find((l) => l.startsWith(created.id))).toContain(',3,3900,');
    // The same file back, with the exam changed to 2.5 h on that course's row.
    const file = lines.map((l) => (l.startsWith(created.id) ? l.replace(',3,3900,', ',2.5,3900,') : l)).join('\n');
    const preview = t.ok('csv.preview', { entity: 'courses', content: file });
    t.ok('csv.import', { entity: 'courses', content: file, mapping: preview.mapping });
    expect(t.ok('courses.get', { id: created.id })).toMatchObject({ examHours: 2.5, sessions: bootcamp.sessions });
  });
});

describe('migration 006: an existing file upgrades', () => {
  it('keeps its courses, with no exam hours and no sessions, and then stores both', () => {
    const tmp = tempDir();
    try {
      const file = tmp.file('planner.sqlite');
      const old = new Database(file);
      migrate(old, file, MIGRATIONS.slice(0, 5));
      expect(old.pragma('user_version', { simple: true })).toBe(5);
      old.prepare(`INSERT INTO courses (id, title, provider, kind, format, hours, cost, currency, url, level)
        VALUES ('old-cert', 'Old certification', 'ISACA', 'certification', 'blended', 2.5, 599, 'USD', 'https://www.isaca.org/', 'advanced')`).run();
      old.close();

      const store = openPlannerStore(file);
      expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      const api = createApi({ db: store.db, file }, { checkOutputs: true });
      const got = api.call('courses.get', { id: 'old-cert' });
      expect(got.ok && got.value).toMatchObject({ title: 'Old certification', hours: 2.5, examHours: null, sessions: [] });
      store.db.prepare("UPDATE courses SET exam_hours = 2.5, hours = 40 WHERE id = 'old-cert'").run();
      store.db
        .prepare("INSERT INTO course_sessions (course_id, position, starts_on, ends_on, format, seats) VALUES ('old-cert', 0, '2027-04-01', '2027-04-01', 'live-online', NULL)")
        .run();
      const after = api.call('courses.get', { id: 'old-cert' });
      expect(after.ok && after.value).toMatchObject({ hours: 40, examHours: 2.5, sessions: [{ start: '2027-04-01', end: '2027-04-01', format: 'live-online', seats: null }] });
      // The store refuses a session ending before it starts.
      expect(() =>
        store.db
          .prepare("INSERT INTO course_sessions (course_id, position, starts_on, ends_on, format) VALUES ('old-cert', 1, '2027-04-02', '2027-04-01', 'in-person')")
          .run(),
      ).toThrow(/CHECK constraint failed/);
      store.db.close();
    } finally {
      tmp.cleanup();
    }
  });
});
