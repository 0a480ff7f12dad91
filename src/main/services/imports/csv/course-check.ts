import { COURSE_FORMATS, COURSE_KINDS, COURSE_LEVELS, type Course, type SkillAtLevel } from '../../../../shared/domain/catalog';
import { quickId as id, quickName as name, quickNumber as inRange, quickText as text, quickWhole, UNSURE } from '../quick-checks';

/**
 * The course rules of `checkedCourse` (the course form's and the API's), compiled once into plain checks for the
 * rows that pass them: a 10,000-row import spent most of its checking time building and walking zod's per-row
 * objects. It answers only "passes, and is stored as this": a row it is not sure of (anything that would fail,
 * sessions, a URL with a tab or line break in it) gets null, and the caller runs the schema itself, so every
 * message a user sees is still the schema's. tests/unit/imports/quick-checks.test.ts holds it to the schema.
 */

const CURRENCY = /^[A-Z]{3}$/;
const WEB = /^https?:\/\//i;
const TAB_OR_LINE_BREAK = /[\t\n\r]/;

const KINDS: ReadonlySet<unknown> = new Set(COURSE_KINDS);
const FORMATS: ReadonlySet<unknown> = new Set(COURSE_FORMATS);
const LEVELS: ReadonlySet<unknown> = new Set(COURSE_LEVELS);

/**
 * The empty list every course without links or sessions shares: three fewer objects kept per row of a
 * 10,000-row file. Frozen, so a change to one course's list fails instead of reaching the others.
 */
const NONE = Object.freeze([]) as unknown as never[];

/** A list of skills at levels 1–5 (at most 100), as the schema stores it (new objects, ids trimmed). */
function links(value: unknown): SkillAtLevel[] | null {
  if (value === undefined) return NONE;
  if (!Array.isArray(value) || value.length > 100) return UNSURE;
  if (value.length === 0) return NONE;
  const out: SkillAtLevel[] = [];
  for (const item of value as unknown[]) {
    if (item === null || typeof item !== 'object') return UNSURE;
    const { skill, level } = item as Record<string, unknown>;
    const skillId = id(skill);
    if (skillId === UNSURE || !quickWhole(level, 1, 5)) return UNSURE;
    out.push({ skill: skillId, level: level as SkillAtLevel['level'] });
  }
  return out;
}

/** The course `checkedCourse` would store for this candidate, when the candidate surely passes it; else null. */
export function quickCheckedCourse(candidate: Record<string, unknown>): Course | null {
  const courseId = id(candidate.id);
  const title = name(candidate.title, 300);
  const provider = name(candidate.provider, 200);
  const { kind, format, level, hours, cost, currency } = candidate;
  const hoursNote = text(candidate.hoursNote, 500);
  const examHours = candidate.examHours === undefined || candidate.examHours === null ? null : candidate.examHours;
  if (courseId === UNSURE || title === UNSURE || provider === UNSURE || hoursNote === UNSURE) return UNSURE;
  if (!KINDS.has(kind) || !FORMATS.has(format) || !LEVELS.has(level)) return UNSURE;
  if (!inRange(hours, 0, 10000) || (examHours !== null && !inRange(examHours, 0, 100))) return UNSURE;
  if (cost !== null && !inRange(cost, 0, Infinity)) return UNSURE;
  if (currency !== null && (typeof currency !== 'string' || !CURRENCY.test(currency))) return UNSURE;
  // A priced course names its currency.
  if (cost !== null && cost > 0 && currency === null) return UNSURE;
  if (typeof candidate.url !== 'string') return UNSURE;
  const url = candidate.url.trim();
  if (TAB_OR_LINE_BREAK.test(url) || !WEB.test(url) || !URL.canParse(url)) return UNSURE;
  const teaches = links(candidate.teaches);
  const requires = links(candidate.requires);
  if (teaches === UNSURE || requires === UNSURE) return UNSURE;
  // An entry level below the level the course teaches the same skill to.
  if (requires.length > 0 && teaches.length > 0) {
    const taught = new Map(teaches.map((t) => [t.skill, t.level]));
    if (requires.some((r) => r.level >= (taught.get(r.skill) ?? Infinity))) return UNSURE;
  }
  // Dated sessions are rare in a file's rows (only a stored course has them): the schema checks those.
  const sessions = candidate.sessions;
  if (sessions !== undefined && !(Array.isArray(sessions) && sessions.length === 0)) return UNSURE;
  return {
    id: courseId,
    title,
    provider,
    kind: kind as Course['kind'],
    format: format as Course['format'],
    hours,
    hoursNote,
    examHours: examHours as number | null,
    cost: cost as number | null,
    currency: currency as string | null,
    url,
    level: level as Course['level'],
    teaches,
    requires,
    sessions: NONE,
  };
}
