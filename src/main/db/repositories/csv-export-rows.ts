import type { CsvEntity } from '../../../shared/domain/csv-import';
import type { CsvCell } from '../../../shared/domain/csv-text';
import { fromJson } from '../json-column';
import type { Db } from '../open';

export interface CsvTable {
  headers: string[];
  rows: CsvCell[][];
}

/** "skill-a:3; skill-b:2": the list form the importer reads back. */
function leveledList(db: Db, sql: string): Map<string, string> {
  const map = new Map<string, string[]>();
  for (const r of db.prepare(sql).all() as { owner: string; skill: string; level: number }[]) {
    map.set(r.owner, [...(map.get(r.owner) ?? []), `${r.skill}:${r.level}`]);
  }
  return new Map([...map].map(([k, v]) => [k, v.join('; ')]));
}

/** Each entity's rows in the layout the CSV importer reads back (ids, list cells as "skill:level; …"). */
export const CSV_EXPORT_TABLES: Record<CsvEntity, (db: Db) => CsvTable> = {
  courses(db) {
    const teaches = leveledList(db, 'SELECT course_id AS owner, skill_id AS skill, level FROM course_skills ORDER BY rowid');
    const requires = leveledList(db, 'SELECT course_id AS owner, skill_id AS skill, level FROM course_requirements ORDER BY rowid');
    const rows = db
      .prepare(`SELECT id, title, provider, kind, format, hours, hours_note, exam_hours, cost, currency, url, level FROM courses
        ORDER BY title COLLATE NOCASE, id`)
      .raw()
      .all() as CsvCell[][];
    return {
      headers: ['id', 'title', 'provider', 'kind', 'format', 'hours', 'hours_note', 'exam_hours', 'cost', 'currency', 'url', 'level', 'teaches', 'requires'],
      rows: rows.map((r) => [...r, teaches.get(r[0] as string) ?? '', requires.get(r[0] as string) ?? '']),
    };
  },
  skills(db) {
    const prerequisites = leveledList(db, 'SELECT skill_id AS owner, requires_skill_id AS skill, level FROM skill_prerequisites ORDER BY rowid');
    const rows = db
      .prepare(`SELECT s.id, s.name, c.name, s.description, s.refs FROM skills s JOIN skill_categories c ON c.id = s.category_id
        ORDER BY c.position, c.name, s.name, s.id`)
      .raw()
      .all() as [string, string, string, string, string][];
    return {
      headers: ['id', 'name', 'category', 'description', 'prerequisites', 'refs'],
      rows: rows.map(([id, name, category, description, refs]) => [
        id,
        name,
        category,
        description,
        prerequisites.get(id) ?? '',
        fromJson<{ framework: string; id: string }[]>(refs, [])
          .map((r) => `${r.framework}:${r.id}`)
          .join('; '),
      ]),
    };
  },
  requirements(db) {
    return {
      headers: ['role', 'skill', 'level', 'importance', 'role_name', 'skill_name'],
      rows: db
        .prepare(`SELECT q.role_id, q.skill_id, q.level, q.importance, r.name, s.name FROM role_requirements q
          JOIN roles r ON r.id = q.role_id JOIN skills s ON s.id = q.skill_id
          ORDER BY r.name COLLATE NOCASE, q.role_id, q.importance DESC, s.name`)
        .raw()
        .all() as CsvCell[][],
    };
  },
  members(db) {
    return {
      headers: ['id', 'name', 'title', 'current_role', 'target_role', 'weekly_hours', 'start_date', 'notes'],
      rows: db
        .prepare(`SELECT id, name, title, current_role_id, target_role_id, weekly_hours, start_date, notes FROM members
          ORDER BY name COLLATE NOCASE, id`)
        .raw()
        .all() as CsvCell[][],
    };
  },
  ratings(db) {
    return {
      headers: ['member', 'skill', 'level', 'source', 'rated_on', 'evidence', 'member_name', 'skill_name'],
      rows: db
        .prepare(`SELECT g.member_id, g.skill_id, g.level, g.source, g.rated_on, g.evidence, m.name, s.name FROM ratings g
          JOIN members m ON m.id = g.member_id JOIN skills s ON s.id = g.skill_id
          ORDER BY m.name COLLATE NOCASE, g.member_id, s.name, g.rated_on, g.id`)
        .raw()
        .all() as CsvCell[][],
    };
  },
};

