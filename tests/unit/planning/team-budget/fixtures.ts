import type { SkillAtLevel } from '../../../../src/shared/domain/catalog';
import type { TeamCourse, TeamMemberInput, TeamPlanInput } from '../../../../src/shared/planning/team-budget/team-plan';

type Level = SkillAtLevel['level'];

/** A hand-made course: priced in USD unless free or unpriced. */
export function course(id: string, teaches: Record<string, number>, cost: number | null, hours = 10, extra: Partial<TeamCourse> = {}): TeamCourse {
  return {
    id,
    title: `Course ${id}`,
    provider: 'P',
    sessions: [],
    hours,
    examHours: null,
    cost,
    currency: cost === null || cost === 0 ? null : 'USD',
    teaches: Object.entries(teaches).map(([skill, level]) => ({ skill, level: level as Level })),
    requires: [],
    ...extra,
  };
}

export function member(id: string, requirements: [string, number, number][], levels: Record<string, number> = {}, weeklyHours = 5): TeamMemberInput {
  return {
    id,
    name: `Member ${id}`,
    weeklyHours,
    startDate: null,
    blackouts: [],
    roleName: 'Role',
    requirements: requirements.map(([skill, level, importance]) => ({ skill, level, importance })),
    levels: new Map(Object.entries(levels)),
  };
}

export function problem(members: TeamMemberInput[], courses: TeamCourse[], over: Partial<TeamPlanInput> = {}): TeamPlanInput {
  const skills = [...new Set([...courses.flatMap((c) => c.teaches.map((t) => t.skill)), ...members.flatMap((m) => m.requirements.map((r) => r.skill))])];
  return {
    today: '2027-01-01',
    budget: { amount: 1000, currency: 'USD', per: 'quarter' },
    horizonMonths: 6,
    priority: 'readiness',
    members,
    teamLevels: members.map((m) => m.levels),
    skills: skills.map((id) => ({ id, prerequisites: [] })),
    courses,
    cohortOffers: [],
    ...over,
  };
}
