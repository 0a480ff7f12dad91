import { z } from 'zod';
import { entityId } from './ids';
import { importance, targetLevel } from './proficiency';
import { isoDate, optionalText, requiredName } from './text';

/** A pointer to a public framework item a skill or role covers, e.g. { framework: 'OWASP-LLM-2025', id: 'LLM01:2025' }. */
export const frameworkRef = z.object({
  framework: z.string().trim().min(1).max(40),
  id: z.string().trim().min(1).max(60),
});
export type FrameworkRef = z.infer<typeof frameworkRef>;

export const skillCategory = z.object({
  id: entityId,
  name: requiredName('Category name', 120),
  description: optionalText('Description', 1000),
});
export type SkillCategory = z.infer<typeof skillCategory>;

/** A leveled link to a skill: a prerequisite, a requirement's skill, what a course teaches or needs. */
export const skillAtLevel = z.object({ skill: entityId, level: targetLevel });
export type SkillAtLevel = z.infer<typeof skillAtLevel>;

export const skill = z.object({
  id: entityId,
  name: requiredName('Skill name'),
  category: entityId,
  description: optionalText('Description'),
  refs: z.array(frameworkRef).max(50).default([]),
  prerequisites: z.array(skillAtLevel).max(50).default([]),
});
export type Skill = z.infer<typeof skill>;

export const roleRequirement = z.object({ skill: entityId, level: targetLevel, importance });
export type RoleRequirement = z.infer<typeof roleRequirement>;

export const role = z.object({
  id: entityId,
  name: requiredName('Role name'),
  summary: optionalText('Summary', 2000),
  responsibilities: z.array(requiredName('A responsibility', 1000)).max(200).default([]),
  employers: z.array(requiredName('An employer', 200)).max(50).default([]),
  refs: z.array(frameworkRef).max(50).default([]),
  requirements: z.array(roleRequirement).max(500).default([]),
});
export type Role = z.infer<typeof role>;

export const COURSE_KINDS = ['course', 'certification', 'lab', 'reading'] as const;
export const COURSE_FORMATS = ['self-paced', 'live-online', 'in-person', 'blended'] as const;
export const COURSE_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

/** A dated sitting of an instructor-led course. */
export const COURSE_SESSION_FORMATS = ['live-online', 'in-person'] as const;
export const courseSession = z
  .object({
    start: isoDate,
    end: isoDate,
    format: z.enum(COURSE_SESSION_FORMATS, { error: 'A session is live-online or in-person.' }),
    /** Seats left (0: full); null when the provider does not say. */
    seats: z.number({ error: 'Seats must be a number.' }).int('Seats are a whole number.').min(0, 'Seats cannot be negative.').max(100000).nullable(),
  })
  .refine((s) => s.end >= s.start, { message: 'A session ends on or after the day it starts.', path: ['end'] });
export type CourseSession = z.infer<typeof courseSession>;

export const course = z.object({
  id: entityId,
  title: requiredName('Title', 300),
  provider: requiredName('Provider', 200),
  kind: z.enum(COURSE_KINDS, { error: 'Kind must be course, certification, lab or reading.' }),
  format: z.enum(COURSE_FORMATS, { error: 'Format must be self-paced, live-online, in-person or blended.' }),
  hours: z.number({ error: 'Hours must be a number.' }).finite().min(0, 'Hours cannot be negative.').max(10000),
  hoursNote: optionalText('Hours note', 500),
  /** The exam sitting of a certification, its own part; `hours` is the study (preparation) time. */
  examHours: z
    .number({ error: 'Exam hours must be a number.' })
    .finite()
    .min(0, 'Exam hours cannot be negative.')
    .max(100, 'Exam hours are at most 100.')
    .nullable()
    .default(null),
  cost: z.number({ error: 'Cost must be a number.' }).finite().min(0, 'Cost cannot be negative.').nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'Currency is a three-letter code such as USD.')
    .nullable(),
  url: z
    .string()
    .trim()
    .url('URL must be a web address.')
    .refine((u) => /^https?:\/\//i.test(u), 'URL must start with http:// or https://.'),
  level: z.enum(COURSE_LEVELS, { error: 'Level must be beginner, intermediate or advanced.' }),
  teaches: z.array(skillAtLevel).max(100).default([]),
  requires: z.array(skillAtLevel).max(100).default([]),
  /** Dated sessions of an instructor-led course; the scheduler books the first that fits. */
  sessions: z.array(courseSession).max(200).default([]),
});
export type Course = z.infer<typeof course>;

/** Where a catalog row came from, so a later catalog update can leave the user's own edits alone. */
export const CATALOG_ORIGINS = ['embedded', 'user', 'nice'] as const;
export type CatalogOrigin = (typeof CATALOG_ORIGINS)[number];
