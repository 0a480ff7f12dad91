import type { z } from 'zod';
import { role, skill, skillCategory } from '../../../../shared/domain/catalog';
import { checkedCourse } from '../../../../shared/domain/catalog-edits';
import { futureRatingProblem, memberDraft, ratingDraft } from '../../../../shared/domain/team';
import { findCycle } from '../../../../shared/planning/graph';
import { categoriesRepository } from '../../../db/repositories/categories';
import { coursesRepository } from '../../../db/repositories/courses';
import { membersRepository } from '../../../db/repositories/members';
import { ratingsRepository } from '../../../db/repositories/ratings';
import { rolesRepository } from '../../../db/repositories/roles';
import { skillsRepository } from '../../../db/repositories/skills';
import type { Db } from '../../../db/open';
import { localToday } from '../../team/clock';

/** The column a schema field is stored in, where the two names differ. */
const COLUMN_OF: Record<string, string> = {
  category: 'category_id',
  hoursNote: 'hours_note',
  currentRoleId: 'current_role_id',
  targetRoleId: 'target_role_id',
  weeklyHours: 'weekly_hours',
  startDate: 'start_date',
  memberId: 'member_id',
  skillId: 'skill_id',
  ratedOn: 'rated_on',
  prerequisites: 'skill_prerequisites',
  teaches: 'course_skills',
  requires: 'course_requirements',
};

/** Where a refused row is: its table, its row in the backup when known, its id. */
export type RowLocator = (table: string, key: string | number) => number | undefined;

export interface StagedRowProblem {
  table: string;
  row: number | undefined;
  id: string;
  field: string;
  message: string;
}

/**
 * Checks every row of a staged store with the same domain schemas and rules as the API: names, JSON lists
 * (refs, responsibilities), numbers (weekly hours), dates (no rating in the future), a course's entry level below
 * what it teaches, prerequisites without a cycle. Returns the first problem, or null when every row passes.
 */
export function firstStagedRowProblem(db: Db, today: string = localToday()): StagedRowProblem | null {
  const problem = (table: string, id: string | number, error: z.ZodError | string): StagedRowProblem => {
    if (typeof error === 'string') return { table, row: undefined, id: String(id), field: '', message: error };
    const issue = error.issues[0]!;
    const property = String(issue.path[0] ?? '');
    return { table, row: undefined, id: String(id), field: COLUMN_OF[property] ?? property, message: issue.message };
  };
  for (const c of categoriesRepository(db).list()) {
    const r = skillCategory.safeParse(c);
    if (!r.success) return problem('skill_categories', c.id, r.error);
  }
  const skills = skillsRepository(db).list();
  for (const s of skills) {
    const r = skill.safeParse({ id: s.id, name: s.name, category: s.category, description: s.description, refs: s.refs, prerequisites: s.prerequisites });
    if (!r.success) return problem('skills', s.id, r.error);
  }
  const cycle = findCycle([], skills.flatMap((s) => s.prerequisites.map((p) => ({ from: p.skill, to: s.id }))));
  if (cycle) return problem('skill_prerequisites', cycle[0]!, `The prerequisites make a cycle: ${cycle.join(' → ')}.`);
  for (const o of rolesRepository(db).list()) {
    const r = role.safeParse({ ...o, requirements: [] });
    if (!r.success) return problem('roles', o.id, r.error);
  }
  for (const c of coursesRepository(db).list()) {
    const { id, title, provider, kind, format, hours, hoursNote, cost, currency, url, level, teaches, requires } = c;
    const r = checkedCourse.safeParse({ id, title, provider, kind, format, hours, hoursNote, cost, currency, url, level, teaches, requires });
    if (!r.success) return problem('courses', id, r.error);
  }
  for (const m of membersRepository(db).list()) {
    const { id: _id, isDemo: _demo, ...draft } = m;
    const r = memberDraft.safeParse(draft);
    if (!r.success) return problem('members', m.id, r.error);
  }
  for (const g of ratingsRepository(db).all()) {
    const { id, ...draft } = g;
    const r = ratingDraft.safeParse(draft);
    if (!r.success) return problem('ratings', id, r.error);
    const future = futureRatingProblem(g.ratedOn, today);
    if (future) return { table: 'ratings', row: undefined, id: String(id), field: 'rated_on', message: future };
  }
  return null;
}

/** The problem in the user's words: "table “skills”, row 3 (id “x”), field refs: Expected array…". */
export function describeStagedRowProblem(p: StagedRowProblem, locate?: RowLocator): string {
  const row = locate?.(p.table, p.id) ?? p.row;
  const where = `table “${p.table}”, ${row !== undefined ? `row ${row} ` : ''}(id “${p.id}”)${p.field ? `, field ${p.field}` : ''}`;
  return `${where}: ${p.message}`;
}
