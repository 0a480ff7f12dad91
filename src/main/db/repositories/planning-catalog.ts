import type { CourseSession, RoleRequirement, SkillAtLevel } from '../../../shared/domain/catalog';
import { courseSessionsStatements } from './courses';
import type { Db } from '../open';

export interface PlanningCourse {
  id: string;
  title: string;
  provider: string;
  hours: number;
  examHours: number | null;
  cost: number | null;
  currency: string | null;
  teaches: SkillAtLevel[];
  requires: SkillAtLevel[];
  sessions: CourseSession[];
}

export interface PlanningSkill {
  id: string;
  name: string;
  prerequisites: SkillAtLevel[];
}

function grouped(rows: (SkillAtLevel & { owner: string })[]): Map<string, SkillAtLevel[]> {
  const map = new Map<string, SkillAtLevel[]>();
  for (const r of rows) {
    const list = map.get(r.owner);
    if (list) list.push({ skill: r.skill, level: r.level });
    else map.set(r.owner, [{ skill: r.skill, level: r.level }]);
  }
  return map;
}

/**
 * The slice of the catalog path planning reads, a few queries each: courses with what they teach and require,
 * skills with their prerequisites, one role's requirement profile. (The catalog's own repositories serve the
 * catalog screens; this is the planner's read-only view of the same tables.)
 */
export function planningCatalogRepository(db: Db) {
  const courses = db.prepare('SELECT id, title, provider, hours, exam_hours AS examHours, cost, currency FROM courses ORDER BY title COLLATE NOCASE, id');
  const teaches = db.prepare('SELECT course_id AS owner, skill_id AS skill, level FROM course_skills');
  const requires = db.prepare('SELECT course_id AS owner, skill_id AS skill, level FROM course_requirements');
  const skills = db.prepare('SELECT id, name FROM skills ORDER BY name COLLATE NOCASE, id');
  const prerequisites = db.prepare('SELECT skill_id AS owner, requires_skill_id AS skill, level FROM skill_prerequisites');
  const role = db.prepare('SELECT id, name FROM roles WHERE id = ?');
  const requirements = db.prepare('SELECT skill_id AS skill, level, importance FROM role_requirements WHERE role_id = ?');
  const roleNames = db.prepare('SELECT id, name FROM roles');
  const skillExists = db.prepare('SELECT 1 FROM skills WHERE id = ?');
  const courseExists = db.prepare('SELECT 1 FROM courses WHERE id = ?');
  const sessions = courseSessionsStatements(db);

  return {
    courses(): PlanningCourse[] {
      const t = grouped(teaches.all() as (SkillAtLevel & { owner: string })[]);
      const r = grouped(requires.all() as (SkillAtLevel & { owner: string })[]);
      const s = sessions.all();
      return (courses.all() as Omit<PlanningCourse, 'teaches' | 'requires' | 'sessions'>[]).map((c) => ({
        ...c,
        teaches: t.get(c.id) ?? [],
        requires: r.get(c.id) ?? [],
        sessions: s.get(c.id) ?? [],
      }));
    },
    skills(): PlanningSkill[] {
      const p = grouped(prerequisites.all() as (SkillAtLevel & { owner: string })[]);
      return (skills.all() as { id: string; name: string }[]).map((s) => ({ ...s, prerequisites: p.get(s.id) ?? [] }));
    },
    role(id: string): { id: string; name: string; requirements: RoleRequirement[] } | undefined {
      const row = role.get(id) as { id: string; name: string } | undefined;
      return row && { ...row, requirements: requirements.all(id) as RoleRequirement[] };
    },
    roleNames: () => new Map((roleNames.all() as { id: string; name: string }[]).map((r) => [r.id, r.name])),
    skillExists: (id: string) => skillExists.get(id) !== undefined,
    courseExists: (id: string) => courseExists.get(id) !== undefined,
  };
}
