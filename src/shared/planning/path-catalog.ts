import type { SkillAtLevel } from '../domain/catalog';
import type { CourseLeftOutReason, GenerationLimits } from '../domain/plan';
import { expandNeeds, outsideLimits, type CourseFacts, type CurrentLevels, type Need, type SkillFacts } from './path-needs';

/** A course that teaches a skill, and the highest level it teaches it to. */
export interface Teacher {
  course: CourseFacts;
  /** Position of the course in the catalog (its order everywhere). */
  position: number;
  level: number;
}

/**
 * The catalog as path generation reads it, worked out once per catalog and limits and shared by every member
 * planned against them (a whole team reuses it): the limits settled (the budget's currency), each course's
 * standing under the limits, and who teaches what, so "which courses teach skill S to level L" is a lookup
 * rather than a scan of every course's teachings.
 */
export interface PathCatalog {
  skills: readonly SkillFacts[];
  courses: readonly CourseFacts[];
  /** With `budgetCurrency` resolved. */
  limits: GenerationLimits;
  prerequisitesOf: ReadonlyMap<string, readonly SkillAtLevel[]>;
  /** Why each course (by catalog position) is outside the limits; null when it may be chosen. */
  leftOutBecause: readonly (CourseLeftOutReason | null)[];
  /** Courses within the limits, by skill taught, in catalog order. */
  teachersInLimits: ReadonlyMap<string, readonly Teacher[]>;
  /** Every course, by skill taught, in catalog order. */
  teachers: ReadonlyMap<string, readonly Teacher[]>;
  /** Courses without a price a cap leaves out ("unpriced"), in catalog order. */
  unpriced: readonly CourseFacts[];
  /** What a course without a published or assumed price counts at for the cost objective: the dearest published price within the limits. */
  unpricedGuess: number;
  /**
   * A course's entry needs for a member (its requirements and their prerequisites the member has not reached).
   * They depend only on the member's levels in the skills its requirements lead to, so members with the same
   * levels there share one list (never changed by its readers).
   */
  entryNeedsOf(position: number, current: CurrentLevels): Need[];
  /**
   * A number for "skill at level", the same for the same pair across the team (a need's identity without
   * building a string): the skill's number in the catalog times 8, plus the level.
   */
  needId(skill: string, level: number): number;
}

/** The entry needs of a course that requires nothing (shared: never changed). */
const NO_NEEDS: Need[] = [];

/**
 * The currency of the cap: the one given, else the one currency the priced courses use; null when no course
 * has a price; 'ambiguous' when they use several and none was given.
 */
export function budgetCurrencyOf(courses: readonly Pick<CourseFacts, 'cost' | 'currency'>[], limits: GenerationLimits): string | null | 'ambiguous' {
  if (limits.budgetCurrency) return limits.budgetCurrency;
  const used = new Set(courses.filter((c) => c.cost !== null && c.cost > 0 && c.currency).map((c) => c.currency!));
  return used.size === 0 ? null : used.size === 1 ? [...used][0]! : 'ambiguous';
}

export function pathCatalog(skills: readonly SkillFacts[], courses: readonly CourseFacts[], asked: GenerationLimits): PathCatalog {
  const currency = budgetCurrencyOf(courses, asked);
  if (currency === 'ambiguous') throw new Error('The catalog prices courses in several currencies: give the budget’s currency.');
  const limits = { ...asked, budgetCurrency: currency };
  const leftOutBecause = courses.map((c) => outsideLimits(c, limits));
  const teachers = new Map<string, Teacher[]>();
  const teachersInLimits = new Map<string, Teacher[]>();
  let unpricedGuess = 0;
  let anyPublished = false;
  courses.forEach((course, position) => {
    const inLimits = leftOutBecause[position] === null;
    if (inLimits && course.cost !== null) {
      unpricedGuess = anyPublished ? Math.max(unpricedGuess, course.cost) : course.cost;
      anyPublished = true;
    }
    // One entry per course and skill, at the highest level it teaches the skill to.
    const best = new Map<string, number>();
    for (const t of course.teaches) best.set(t.skill, Math.max(best.get(t.skill) ?? -Infinity, t.level));
    for (const [skill, level] of best) {
      const teacher = { course, position, level };
      push(teachers, skill, teacher);
      if (inLimits) push(teachersInLimits, skill, teacher);
    }
  });
  const prerequisitesOf = new Map(skills.map((s) => [s.id, s.prerequisites]));
  const skillNumbers = new Map<string, number>();
  const needId = (skill: string, level: number) => {
    let number = skillNumbers.get(skill);
    if (number === undefined) skillNumbers.set(skill, (number = skillNumbers.size));
    return number * 8 + level;
  };
  const entryMemo = new Map<number, { skills: string[]; answers: Map<number | string, Need[]> }>();
  function entryNeedsOf(position: number, current: CurrentLevels): Need[] {
    const course = courses[position]!;
    if (course.requires.length === 0) return NO_NEEDS;
    let memo = entryMemo.get(position);
    if (!memo) {
      // The skills its requirements lead to through prerequisites: the only levels the answer reads.
      const reached = new Set(course.requires.map((r) => r.skill));
      for (const skill of reached) for (const p of prerequisitesOf.get(skill) ?? []) reached.add(p.skill);
      entryMemo.set(position, (memo = { skills: [...reached], answers: new Map() }));
    }
    const key = levelsKey(memo.skills, current);
    let answer = memo.answers.get(key);
    if (!answer) {
      answer = expandNeeds(course.requires.map((r) => ({ ...r, weight: 1 })), 'entry', current, prerequisitesOf);
      memo.answers.set(key, answer);
    }
    return answer;
  }
  return {
    skills,
    courses,
    limits,
    entryNeedsOf,
    needId,
    prerequisitesOf,
    leftOutBecause,
    teachersInLimits,
    teachers,
    unpriced: courses.filter((_, i) => leftOutBecause[i] === 'unpriced'),
    unpricedGuess,
  };
}

/**
 * The member's levels in these skills as a key: a number (the levels as digits of base 6) for up to 20 skills,
 * which needs no string built per course and member; text beyond that.
 */
function levelsKey(skills: readonly string[], current: CurrentLevels): number | string {
  if (skills.length > 20) return skills.map((skill) => current.get(skill) ?? 0).join(',');
  let key = 0;
  for (const skill of skills) {
    const level = current.get(skill) ?? 0;
    // A level outside 0–5 (never in the app) would make two keys meet: such a member gets text.
    if (!(level >= 0 && level <= 5 && Number.isInteger(level))) return skills.map((s) => current.get(s) ?? 0).join(',');
    key = key * 6 + level;
  }
  return key;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
