import { course, type Course, type SkillAtLevel } from '../../../../shared/domain/catalog';
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
  replaceTeaches: boolean;
  replaceRequires: boolean;
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
  const columns = `id, title, provider, kind, format, hours, hours_note AS hoursNote, exam_hours AS examHours, cost, currency, url, level`;
  const stored = new Map<string, Course>();
  const links = (table: string) => {
    const map = new Map<string, SkillAtLevel[]>();
    for (const r of db.prepare(`SELECT course_id AS owner, skill_id AS skill, level FROM ${table} ORDER BY rowid`).all() as
      (SkillAtLevel & { owner: string })[]) {
      map.set(r.owner, [...(map.get(r.owner) ?? []), { skill: r.skill, level: r.level }]);
    }
    return map;
  };
  const teaches = links('course_skills');
  const requires = links('course_requirements');
  for (const c of db.prepare(`SELECT ${columns} FROM courses`).all() as Omit<Course, 'teaches' | 'requires' | 'sessions'>[]) {
    stored.set(c.id, { ...c, teaches: teaches.get(c.id) ?? [], requires: requires.get(c.id) ?? [], sessions: [] });
  }
  const byTitle = new Map([...stored.values()].map((c) => [titleKey(c.title, c.provider), c]));

  const insert = db.prepare(`INSERT INTO courses (id, title, provider, kind, format, hours, hours_note, exam_hours, cost, currency, url, level, origin)
    VALUES (@id, @title, @provider, @kind, @format, @hours, @hoursNote, @examHours, @cost, @currency, @url, @level, 'user')`);
  const update = db.prepare(`UPDATE courses SET title = @title, provider = @provider, kind = @kind, format = @format,
    hours = @hours, hours_note = @hoursNote, exam_hours = @examHours, cost = @cost, currency = @currency, url = @url, level = @level,
    user_modified = CASE WHEN origin = 'user' THEN user_modified ELSE 1 END,
    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`);
  const clear = {
    teaches: db.prepare('DELETE FROM course_skills WHERE course_id = ?'),
    requires: db.prepare('DELETE FROM course_requirements WHERE course_id = ?'),
  };
  const add = {
    teaches: db.prepare('INSERT INTO course_skills (course_id, skill_id, level) VALUES (?, ?, ?)'),
    requires: db.prepare('INSERT INTO course_requirements (course_id, skill_id, level) VALUES (?, ?, ?)'),
  };

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

      const parsed = course.safeParse(candidate);
      if (!parsed.success) {
        row.schemaProblems(parsed.error, FIELD_OF);
        return null;
      }
      const key = existing?.id ?? (id || titleKey(parsed.data.title, parsed.data.provider));
      return { course: parsed.data, key, stored: existing, replaceTeaches: row.mapped('teaches'), replaceRequires: row.mapped('requires') };
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
          (isNew ? insert : update).run(p.course);
          for (const kind of ['teaches', 'requires'] as const) {
            if (!isNew && !(kind === 'teaches' ? p.replaceTeaches : p.replaceRequires)) continue;
            clear[kind].run(p.course.id);
            for (const s of p.course[kind]) add[kind].run(p.course.id, s.skill, s.level);
          }
        },
      ),
  };
}

function titleKey(title: string, provider: string): string {
  return `${title.trim().toLowerCase()}\u0000${provider.trim().toLowerCase()}`;
}
