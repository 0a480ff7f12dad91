import type { Statement } from 'better-sqlite3';
import type { CatalogOrigin, Course, CourseSession, SkillAtLevel } from '../../../shared/domain/catalog';
import type { CourseFilters } from '../../../shared/domain/catalog-filters';
import type { Db } from '../open';

export interface CourseRow extends Course {
  origin: CatalogOrigin;
  userModified: boolean;
  version: number;
}

/** A course to write: the effort fields may be left out (no exam, no sessions). */
export type CourseWrite = Omit<Course, 'examHours' | 'sessions'> & { examHours?: number | null; sessions?: readonly CourseSession[] };

type RawCourse = Omit<CourseRow, 'teaches' | 'requires' | 'sessions' | 'userModified'> & { userModified: number };
type Link = SkillAtLevel & { owner: string };
/** The filters SQL applies; the text search is applied afterwards, accent-insensitively, in the service. */
export type CourseColumnFilters = Omit<CourseFilters, 'search'>;

const FEW = 200;

const COLUMNS = `c.id, c.title, c.provider, c.kind, c.format, c.hours, c.hours_note AS hoursNote, c.exam_hours AS examHours, c.cost, c.currency,
  c.url, c.level, c.origin, c.user_modified AS userModified, c.version`;

/** One WHERE clause per filter; only the filters given take part, so each combination is its own statement. */
const CLAUSES: Record<keyof CourseColumnFilters, string> = {
  provider: 'c.provider = @provider',
  kind: 'c.kind = @kind',
  format: 'c.format = @format',
  level: 'c.level = @level',
  skill: 'EXISTS (SELECT 1 FROM course_skills t WHERE t.course_id = c.id AND t.skill_id = @skill)',
  costMin: 'c.cost >= @costMin',
  costMax: 'c.cost <= @costMax',
};

export function coursesRepository(db: Db) {
  const filtered = new Map<string, Statement>();
  const get = db.prepare(`SELECT ${COLUMNS} FROM courses c WHERE c.id = ?`);
  const allTeaches = db.prepare('SELECT course_id AS owner, skill_id AS skill, level FROM course_skills');
  const allRequires = db.prepare('SELECT course_id AS owner, skill_id AS skill, level FROM course_requirements');
  const teachesOne = db.prepare('SELECT skill_id AS skill, level FROM course_skills WHERE course_id = ?');
  const requiresOne = db.prepare('SELECT skill_id AS skill, level FROM course_requirements WHERE course_id = ?');
  const byTitle = db.prepare(
    'SELECT id FROM courses WHERE title = ? COLLATE NOCASE AND provider = ? COLLATE NOCASE AND id <> ?',
  );
  const teaching = db.prepare(`SELECT c.id, c.title, c.provider, t.level FROM course_skills t
    JOIN courses c ON c.id = t.course_id WHERE t.skill_id = ? ORDER BY t.level DESC, c.title COLLATE NOCASE`);
  const requiring = db.prepare(`SELECT c.id, c.title, c.provider, r.level FROM course_requirements r
    JOIN courses c ON c.id = r.course_id WHERE r.skill_id = ? ORDER BY c.title COLLATE NOCASE`);
  const providers = db.prepare(
    'SELECT provider AS name, COUNT(*) AS count FROM courses GROUP BY provider ORDER BY provider COLLATE NOCASE',
  );
  const currencies = db.prepare('SELECT DISTINCT currency FROM courses WHERE currency IS NOT NULL ORDER BY currency');
  const totals = db.prepare('SELECT COUNT(*) AS total, MAX(cost) AS maxCost FROM courses');
  // Positional parameters: binding by name costs a lookup per field per row, felt at 10,000 rows.
  const insert = db.prepare(`INSERT INTO courses
    (id, title, provider, kind, format, hours, hours_note, exam_hours, cost, currency, url, level, origin)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const update = db.prepare(`UPDATE courses SET title = @title, provider = @provider, kind = @kind, format = @format,
    hours = @hours, hours_note = @hoursNote, exam_hours = @examHours, cost = @cost, currency = @currency, url = @url, level = @level,
    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`);
  const insertTeaches = db.prepare('INSERT INTO course_skills (course_id, skill_id, level) VALUES (?, ?, ?)');
  const insertRequires = db.prepare('INSERT INTO course_requirements (course_id, skill_id, level) VALUES (?, ?, ?)');
  const deleteTeaches = db.prepare('DELETE FROM course_skills WHERE course_id = ?');
  const deleteRequires = db.prepare('DELETE FROM course_requirements WHERE course_id = ?');
  const remove = db.prepare('DELETE FROM courses WHERE id = ?');
  const sessions = courseSessionsStatements(db);

  function statementFor(filters: CourseColumnFilters): { statement: Statement; params: Record<string, unknown> } {
    const keys = (Object.keys(CLAUSES) as (keyof CourseColumnFilters)[]).filter((k) => filters[k] !== undefined);
    const key = keys.join(',');
    let statement = filtered.get(key);
    if (!statement) {
      const where = keys.length ? `WHERE ${keys.map((k) => CLAUSES[k]).join(' AND ')}` : '';
      statement = db.prepare(`SELECT ${COLUMNS} FROM courses c ${where} ORDER BY c.title COLLATE NOCASE, c.provider`);
      filtered.set(key, statement);
    }
    return { statement, params: Object.fromEntries(keys.map((k) => [k, filters[k]])) };
  }

  function linksOf(rows: Link[]): Map<string, SkillAtLevel[]> {
    const map = new Map<string, SkillAtLevel[]>();
    for (const r of rows) {
      const l = map.get(r.owner);
      if (l) l.push({ skill: r.skill, level: r.level });
      else map.set(r.owner, [{ skill: r.skill, level: r.level }]);
    }
    return map;
  }

  function insertLinks(c: Pick<CourseWrite, 'id' | 'teaches' | 'requires' | 'sessions'>) {
    for (const t of c.teaches) insertTeaches.run(c.id, t.skill, t.level);
    for (const r of c.requires) insertRequires.run(c.id, r.skill, r.level);
    sessions.replace(c.id, c.sessions ?? []);
  }

  function insertCourse(c: CourseWrite, origin: CatalogOrigin) {
    insert.run(c.id, c.title, c.provider, c.kind, c.format, c.hours, c.hoursNote, c.examHours ?? null, c.cost, c.currency, c.url, c.level, origin);
    // A new course has no links or sessions yet: only inserts, nothing to clear first.
    for (const t of c.teaches) insertTeaches.run(c.id, t.skill, t.level);
    for (const r of c.requires) insertRequires.run(c.id, r.skill, r.level);
    sessions.add(c.id, c.sessions ?? []);
  }

  return {
    /** Courses by title, narrowed by the column filters given; each with what it teaches and requires. */
    list(filters: CourseColumnFilters = {}): CourseRow[] {
      const { statement, params } = statementFor(filters);
      const rows = statement.all(params) as RawCourse[];
      // A short result looks its links up by key; a long one reads both link tables once.
      const few = rows.length <= FEW;
      const teaches = few ? null : linksOf(allTeaches.all() as Link[]);
      const requires = few ? null : linksOf(allRequires.all() as Link[]);
      const dated = few ? null : sessions.all();
      return rows.map((c) => ({
        ...c,
        userModified: c.userModified === 1,
        teaches: teaches ? (teaches.get(c.id) ?? []) : (teachesOne.all(c.id) as SkillAtLevel[]),
        requires: requires ? (requires.get(c.id) ?? []) : (requiresOne.all(c.id) as SkillAtLevel[]),
        sessions: dated ? (dated.get(c.id) ?? []) : sessions.of(c.id),
      }));
    },
    get(id: string): CourseRow | undefined {
      const row = get.get(id) as RawCourse | undefined;
      if (!row) return undefined;
      return {
        ...row,
        userModified: row.userModified === 1,
        teaches: teachesOne.all(id) as SkillAtLevel[],
        requires: requiresOne.all(id) as SkillAtLevel[],
        sessions: sessions.of(id),
      };
    },
    /** The id of another course with this title from this provider (any case), if there is one. */
    titleTakenBy: (title: string, provider: string, exceptId = '') =>
      (byTitle.get(title, provider, exceptId) as { id: string } | undefined)?.id,
    teaching: (skillId: string) => teaching.all(skillId) as { id: string; title: string; provider: string; level: number }[],
    requiring: (skillId: string) => requiring.all(skillId) as { id: string; title: string; provider: string; level: number }[],
    facets() {
      const { total, maxCost } = totals.get() as { total: number; maxCost: number | null };
      return {
        total,
        maxCost,
        providers: providers.all() as { name: string; count: number }[],
        currencies: (currencies.all() as { currency: string }[]).map((r) => r.currency),
      };
    },
    insert: insertCourse,
    /** Inserts many courses in one transaction: all or none. */
    insertMany(courses: readonly CourseWrite[], origin: CatalogOrigin) {
      db.transaction(() => {
        for (const c of courses) insertCourse(c, origin);
      })();
    },
    update(c: CourseWrite) {
      update.run({ ...c, examHours: c.examHours ?? null });
      deleteTeaches.run(c.id);
      deleteRequires.run(c.id);
      insertLinks(c);
    },
    delete: (id: string) => remove.run(id).changes,
  };
}

type SessionRow = { owner: string; start: string; end: string; format: CourseSession['format']; seats: number | null };

/** The dated sessions of courses (`course_sessions`), in the order they were entered. */
export function courseSessionsStatements(db: Db) {
  const columns = 'course_id AS owner, starts_on AS start, ends_on AS end, format, seats';
  const all = db.prepare(`SELECT ${columns} FROM course_sessions ORDER BY course_id, position`);
  const one = db.prepare(`SELECT ${columns} FROM course_sessions WHERE course_id = ? ORDER BY position`);
  const clear = db.prepare('DELETE FROM course_sessions WHERE course_id = ?');
  const add = db.prepare('INSERT INTO course_sessions (course_id, position, starts_on, ends_on, format, seats) VALUES (?, ?, ?, ?, ?, ?)');
  const plain = ({ start, end, format, seats }: SessionRow): CourseSession => ({ start, end, format, seats });
  return {
    all(): Map<string, CourseSession[]> {
      const map = new Map<string, CourseSession[]>();
      for (const r of all.all() as SessionRow[]) map.set(r.owner, [...(map.get(r.owner) ?? []), plain(r)]);
      return map;
    },
    of: (courseId: string) => (one.all(courseId) as SessionRow[]).map(plain),
    replace(courseId: string, list: readonly CourseSession[]) {
      clear.run(courseId);
      list.forEach((s, i) => add.run(courseId, i, s.start, s.end, s.format, s.seats));
    },
    /** Sessions of a course that has none yet. */
    add(courseId: string, list: readonly CourseSession[]) {
      list.forEach((s, i) => add.run(courseId, i, s.start, s.end, s.format, s.seats));
    },
  };
}
