import { z } from 'zod';
import { course, role, skill, skillAtLevel } from './catalog';
import { entityId, recordVersion } from './ids';

/**
 * What the user sends to create or change catalog rows. The API validates these; the renderer runs the same
 * schemas first, for comfort, so both give the same field-level messages.
 */

/** Refuses the same skill twice in one list (prerequisites, requirements, what a course teaches or needs). */
function noRepeatedSkills(what: string) {
  return (list: { skill: string }[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.skill)) {
        ctx.addIssue({ code: 'custom', path: [i, 'skill'], message: `This skill is already in ${what}.` });
      }
      seen.add(item.skill);
    });
  };
}

const prerequisites = z.array(skillAtLevel).max(50).superRefine(noRepeatedSkills('the prerequisites'));

/** A skill's category, asked for in the user's words when missing. */
const category = z.string({ error: 'Pick a category for the skill.' }).trim().min(1, 'Pick a category for the skill.').pipe(entityId);

export const skillDraft = skill
  .omit({ id: true, prerequisites: true })
  .extend({ category, prerequisites: prerequisites.default([]) })
  .strict();
export type SkillDraft = z.input<typeof skillDraft>;

export const skillUpdate = skill.omit({ prerequisites: true }).extend({ category, version: recordVersion }).strict();
export type SkillUpdate = z.input<typeof skillUpdate>;

export const prerequisitesUpdate = z.object({ id: entityId, prerequisites }).strict();

const requirements = role.shape.requirements.unwrap().superRefine(noRepeatedSkills('the requirement profile'));

export const roleDraft = role
  .omit({ id: true, requirements: true })
  .extend({ requirements: requirements.default([]) })
  .strict();
export type RoleDraft = z.input<typeof roleDraft>;

export const roleUpdate = role.omit({ requirements: true }).extend({ version: recordVersion }).strict();
export type RoleUpdate = z.input<typeof roleUpdate>;

export const requirementsUpdate = z.object({ id: entityId, requirements }).strict();

const courseFields = course
  .omit({ id: true, teaches: true, requires: true })
  .extend({
    teaches: course.shape.teaches.unwrap().superRefine(noRepeatedSkills('what this course teaches')).default([]),
    requires: course.shape.requires.unwrap().superRefine(noRepeatedSkills('the entry requirements')).default([]),
  });

/** A priced course needs its currency; a course cannot demand, on entry, the level it teaches. */
function checkCourse(c: z.output<typeof courseFields>, ctx: z.RefinementCtx) {
  if (c.cost !== null && c.cost > 0 && c.currency === null) {
    ctx.addIssue({ code: 'custom', path: ['currency'], message: 'Pick the currency of the cost.' });
  }
  const taught = new Map(c.teaches.map((t) => [t.skill, t.level]));
  c.requires.forEach((r, i) => {
    const level = taught.get(r.skill);
    if (level !== undefined && r.level >= level) {
      ctx.addIssue({
        code: 'custom',
        path: ['requires', i, 'level'],
        message: `The entry level must be below the level the course brings this skill to (${level}).`,
      });
    }
  });
}

/** A whole course as stored, with the same rules as a draft: what CSV rows and restored backups must pass. */
export const checkedCourse = course.superRefine(checkCourse);

export const courseDraft = courseFields.strict().superRefine(checkCourse);
export type CourseDraft = z.input<typeof courseDraft>;

export const courseUpdate = courseFields.extend({ id: entityId, version: recordVersion }).strict().superRefine(checkCourse);
export type CourseUpdate = z.input<typeof courseUpdate>;

/** Framework references written one per line as "FRAMEWORK ID", e.g. "OWASP-LLM-2025 LLM01:2025". */
export function parseRefLines(text: string): { refs: { framework: string; id: string }[]; badLines: number[] } {
  const refs: { framework: string; id: string }[] = [];
  const badLines: number[] = [];
  text.split('\n').forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed) return;
    const match = /^(\S+)\s+(.+)$/.exec(trimmed);
    if (match) refs.push({ framework: match[1]!, id: match[2]!.trim() });
    else badLines.push(i + 1);
  });
  return { refs, badLines };
}

export function formatRefLines(refs: readonly { framework: string; id: string }[]): string {
  return refs.map((r) => `${r.framework} ${r.id}`).join('\n');
}
