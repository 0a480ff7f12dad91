import type { CatalogOrigin, Course, SkillAtLevel } from '../../../shared/domain/catalog';
import type { Db } from '../open';

export interface CourseRow extends Course {
  origin: CatalogOrigin;
}

type RawCourse = Omit<CourseRow, 'teaches' | 'requires'>;

export function coursesRepository(db: Db) {
  const list = db.prepare(`SELECT id, title, provider, kind, format, hours, hours_note AS hoursNote, cost, currency,
    url, level, origin FROM courses ORDER BY title COLLATE NOCASE`);
  const allTeaches = db.prepare('SELECT course_id AS owner, skill_id AS skill, level FROM course_skills');
  const allRequires = db.prepare('SELECT course_id AS owner, skill_id AS skill, level FROM course_requirements');
  const insert = db.prepare(`INSERT INTO courses
    (id, title, provider, kind, format, hours, hours_note, cost, currency, url, level, origin)
    VALUES (@id, @title, @provider, @kind, @format, @hours, @hoursNote, @cost, @currency, @url, @level, @origin)`);
  const insertTeaches = db.prepare('INSERT INTO course_skills (course_id, skill_id, level) VALUES (?, ?, ?)');
  const insertRequires = db.prepare('INSERT INTO course_requirements (course_id, skill_id, level) VALUES (?, ?, ?)');

  function insertCourse(c: Course, origin: CatalogOrigin) {
    insert.run({ ...c, origin });
    for (const t of c.teaches) insertTeaches.run(c.id, t.skill, t.level);
    for (const r of c.requires) insertRequires.run(c.id, r.skill, r.level);
  }

  function byCourse(rows: (SkillAtLevel & { owner: string })[]) {
    const map = new Map<string, SkillAtLevel[]>();
    for (const r of rows) {
      const l = map.get(r.owner) ?? [];
      l.push({ skill: r.skill, level: r.level });
      map.set(r.owner, l);
    }
    return map;
  }

  return {
    list(): CourseRow[] {
      const teaches = byCourse(allTeaches.all() as (SkillAtLevel & { owner: string })[]);
      const requires = byCourse(allRequires.all() as (SkillAtLevel & { owner: string })[]);
      return (list.all() as RawCourse[]).map((c) => ({
        ...c,
        teaches: teaches.get(c.id) ?? [],
        requires: requires.get(c.id) ?? [],
      }));
    },
    insert: insertCourse,
    /** Inserts many courses in one transaction: all or none. */
    insertMany(courses: readonly Course[], origin: CatalogOrigin) {
      db.transaction(() => {
        for (const c of courses) insertCourse(c, origin);
      })();
    },
  };
}
