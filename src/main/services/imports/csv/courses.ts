import { type Course } from '../../../../shared/domain/catalog';
import { checkedCourse } from '../../../../shared/domain/catalog-edits';
import { catalogChangesRepository } from '../../../db/repositories/catalog-changes';
import { coursesRepository } from '../../../db/repositories/courses';
import { newId } from '../../../../shared/domain/ids';
import type { Db } from '../../../db/open';
import { readNumber } from '../../../../shared/imports/cell-formats';
import { choiceCell } from './cells';
import { quickCheckedCourse } from './course-check';
import { writeRecords, type EntityImporter, type ReadContext } from './entity-importer';
import { defaultLevel, readSkillLevels } from './skill-levels';
import { COURSE_FORMATS, COURSE_KINDS, COURSE_LEVELS } from '../../../../shared/domain/catalog';

interface CoursePlan {
  course: Course;
  /** Two rows with the same key would write the same course. */
  key: string;
  stored: Course | undefined;
}

/** What a row leaves out of a new course (its id is the row's or a new one). */
type NewCourse = Omit<Course, 'id' | 'title' | 'provider' | 'hours' | 'url'> & Partial<Course>;
const NEW_COURSE: NewCourse = Object.freeze({
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
});

const FIELD_OF: Record<string, string> = { hoursNote: 'hours_note', examHours: 'exam_hours' };

export function coursesImporter(db: Db, ctx: ReadContext): EntityImporter<CoursePlan> {
  const courses = coursesRepository(db);
  const changes = catalogChangesRepository(db);
  const stored = new Map<string, Course>();
  for (const c of courses.list()) {
    const { id, title, provider, kind, format, hours, hoursNote, examHours, cost, currency, url, level, teaches, requires, sessions } = c;
    stored.set(id, { id, title, provider, kind, format, hours, hoursNote, examHours, cost, currency, url, level, teaches, requires, sessions });
  }
  const byTitle = new Map([...stored.values()].map((c) => [titleKey(c.title, c.provider), c]));
  ctx.values.knowProviders([...stored.values()].map((c) => c.provider));
  const { decimal, currency } = ctx.options;
  const number = (text: string) => readNumber(text, decimal);

  return {
    read(row) {
      if (!row.validId()) return null;
      const id = row.text('id');
      // A known provider written another way (“sans institute”) takes the catalog's spelling.
      const provider = row.has('provider') ? ctx.values.provider(row, 'provider', row.text('provider')) : '';
      const existing = id ? stored.get(id) : byTitle.get(titleKey(row.text('title'), provider ?? ''));
      const base: NewCourse = existing ?? NEW_COURSE;
      // Every field in one literal, in the schema's order: one shape for every row (no keys added one by one).
      const candidate: Record<string, unknown> = {
        id: existing ? existing.id : id || newId('course'),
        title: row.mapped('title') ? row.text('title') : base.title,
        provider: row.mapped('provider') ? (provider ?? existing?.provider ?? '') : base.provider,
        kind: base.kind,
        format: base.format,
        hours: row.mapped('hours') ? (row.has('hours') ? number(row.text('hours')) : undefined) : base.hours,
        hoursNote: row.mapped('hours_note') ? row.text('hours_note') : base.hoursNote,
        examHours: row.mapped('exam_hours') ? (row.has('exam_hours') ? number(row.text('exam_hours')) : null) : base.examHours,
        cost: row.mapped('cost') ? (row.has('cost') ? number(row.text('cost')) : null) : base.cost,
        currency: row.has('currency') ? row.text('currency').toUpperCase() : row.mapped('currency') || !existing ? null : base.currency,
        url: row.mapped('url') ? row.text('url') : base.url,
        level: base.level,
        teaches: base.teaches,
        requires: base.requires,
        sessions: base.sessions,
      };
      // A cost without a currency takes the one chosen for the file.
      if (candidate.currency === null && currency && typeof candidate.cost === 'number' && candidate.cost > 0) candidate.currency = currency;
      // A cell that cannot be read keeps the value before it, so the row's other rules are still checked.
      if (row.has('kind')) candidate.kind = row.value('kind', choiceCell(row.text('kind'), COURSE_KINDS, 'Kind')) ?? base.kind;
      if (row.has('format')) candidate.format = row.value('format', choiceCell(row.text('format'), COURSE_FORMATS, 'Format')) ?? base.format;
      if (row.has('level')) candidate.level = row.value('level', choiceCell(row.text('level'), COURSE_LEVELS, 'Level')) ?? base.level;
      const level = candidate.level as Course['level'];
      if (row.mapped('teaches')) candidate.teaches = readSkillLevels(row, 'teaches', ctx, defaultLevel(ctx, level, false)) ?? [];
      if (row.mapped('requires')) candidate.requires = readSkillLevels(row, 'requires', ctx, defaultLevel(ctx, level, true)) ?? [];

      // The same rules as the course form and the API (a priced course names its currency, entry below taught level).
      // A row surely passing is checked by the schema's rules compiled (course-check.ts); any other by the schema.
      let course = row.problemCount > 0 ? null : quickCheckedCourse(candidate);
      if (!course) {
        const parsed = checkedCourse.safeParse(candidate);
        if (!parsed.success) row.schemaProblems(parsed.error, FIELD_OF);
        if (!parsed.success || row.problemCount > 0) return null;
        course = parsed.data;
      }
      const key = existing?.id ?? (id || titleKey(course.title, course.provider));
      return { course, key, stored: existing };
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
