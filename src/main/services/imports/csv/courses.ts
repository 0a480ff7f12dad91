import { type Course, type SkillAtLevel } from '../../../../shared/domain/catalog';
import { checkedCourse } from '../../../../shared/domain/catalog-edits';
import { catalogChangesRepository } from '../../../db/repositories/catalog-changes';
import { coursesRepository } from '../../../db/repositories/courses';
import { newId } from '../../../../shared/domain/ids';
import type { TargetLevel } from '../../../../shared/domain/proficiency';
import type { Db } from '../../../db/open';
import { choiceCell, leveledItem, levelCell, listCell, numberCell } from './cells';
import { writeRecords, type CsvRow, type EntityImporter } from './entity-importer';
import type { Lookups } from './lookups';
import { COURSE_FORMATS, COURSE_KINDS, COURSE_LEVELS } from '../../../../shared/domain/catalog';

interface CoursePlan {
  course: Course;
  /** Two rows with the same key would write the same course. */
  key: string;
  stored: Course | undefined;
}

const FIELD_OF: Record<string, string> = { hoursNote: 'hours_note', examHours: 'exam_hours' };

/** Reads "skill:level; …" lists against the catalog's skills. */
export function readSkillLevels(row: CsvRow, key: string, lookups: Lookups): SkillAtLevel[] | undefined {
  const out: SkillAtLevel[] = [];
  let failed = false;
  for (const item of listCell(row.text(key))) {
    const parts = leveledItem(item);
    if (!parts) {
      row.problem(key, `“${item}” needs a level: write it as skill:level, e.g. “${item}:3”.`);
      failed = true;
      continue;
    }
    const skill = row.value(key, lookups.skills.find(parts.ref, 'skill'));
    const level = row.value(key, levelCell(parts.level, 1));
    if (!skill || level === undefined) failed = true;
    else if (out.some((s) => s.skill === skill.id)) {
      row.problem(key, `The skill “${parts.ref}” is listed twice.`);
      failed = true;
    } else out.push({ skill: skill.id, level: level as TargetLevel });
  }
  return failed ? undefined : out;
}

export function coursesImporter(db: Db, lookups: Lookups): EntityImporter<CoursePlan> {
  const courses = coursesRepository(db);
  const changes = catalogChangesRepository(db);
  const stored = new Map<string, Course>();
  for (const c of courses.list()) {
    const { id, title, provider, kind, format, hours, hoursNote, examHours, cost, currency, url, level, teaches, requires, sessions } = c;
    stored.set(id, { id, title, provider, kind, format, hours, hoursNote, examHours, cost, currency, url, level, teaches, requires, sessions });
  }
  const byTitle = new Map([...stored.values()].map((c) => [titleKey(c.title, c.provider), c]));

  return {
    read(row) {
      if (!row.validId()) return null;
      const id = row.text('id');
      const existing = id ? stored.get(id) : byTitle.get(titleKey(row.text('title'), row.text('provider')));
      const base = existing ?? {
        id: id || newId('course'),
        kind: 'course',
        format: 'self-paced',
        level: 'intermediate',
        hoursNote: '',
        examHours: null,
        cost: null,
        currency: null,
        teaches: [],
        requires: [],
        sessions: [],
      };
      const candidate: Record<string, unknown> = { ...base };
      for (const key of ['title', 'provider', 'url'] as const) if (row.mapped(key)) candidate[key] = row.text(key);
      if (row.mapped('hours')) candidate.hours = row.has('hours') ? numberCell(row.text('hours')) : undefined;
      if (row.mapped('hours_note')) candidate.hoursNote = row.text('hours_note');
      if (row.mapped('exam_hours')) candidate.examHours = row.has('exam_hours') ? numberCell(row.text('exam_hours')) : null;
      if (row.mapped('cost')) candidate.cost = row.has('cost') ? numberCell(row.text('cost')) : null;
      if (row.mapped('currency')) candidate.currency = row.has('currency') ? row.text('currency').toUpperCase() : null;
      if (row.has('kind')) candidate.kind = row.value('kind', choiceCell(row.text('kind'), COURSE_KINDS, 'Kind'));
      if (row.has('format')) candidate.format = row.value('format', choiceCell(row.text('format'), COURSE_FORMATS, 'Format'));
      if (row.has('level')) candidate.level = row.value('level', choiceCell(row.text('level'), COURSE_LEVELS, 'Level'));
      if (row.mapped('teaches')) candidate.teaches = readSkillLevels(row, 'teaches', lookups);
      if (row.mapped('requires')) candidate.requires = readSkillLevels(row, 'requires', lookups);
      if (row.problemCount > 0) return null;

      // The same rules as the course form and the API (a priced course names its currency, entry below taught level).
      const parsed = checkedCourse.safeParse(candidate);
      if (!parsed.success) {
        row.schemaProblems(parsed.error, FIELD_OF);
        return null;
      }
      const key = existing?.id ?? (id || titleKey(parsed.data.title, parsed.data.provider));
      return { course: parsed.data, key, stored: existing };
    },
    key: (p) => p.key,
    describe: (p) => `course “${p.course.title}”`,
    isNew: (p) => !p.stored,
    notes: () => [],
    write: (plans) =>
      writeRecords(
        plans,
        (p) => p.course,
        (p, isNew) => {
          if (isNew) courses.insert(p.course, 'user');
          else {
            // Links the file does not map are the stored ones (the plan started from them), so they stay as they were.
            courses.update(p.course);
            changes.edited('course', [p.course.id]);
          }
        },
      ),
  };
}

function titleKey(title: string, provider: string): string {
  return `${title.trim().toLowerCase()}\u0000${provider.trim().toLowerCase()}`;
}
