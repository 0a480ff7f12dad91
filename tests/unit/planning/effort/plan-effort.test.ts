import { describe, expect, it } from 'vitest';
import { milestoneLevels, scheduleNodes, suggestMentors, mentorLabel, type EffortCourse, type EffortNode } from '../../../../src/shared/planning/plan-effort';
import type { RoleRequirement } from '../../../../src/shared/domain/catalog';
import { readinessAtPlanEnd } from '../../../../src/shared/planning/plan-readiness';
import { readinessPairText } from '../../../../src/shared/reports/plan-effort-text';

const node = (id: string, over: Partial<EffortNode>): EffortNode => ({
  id,
  kind: 'milestone',
  status: 'planned',
  courseId: null,
  milestoneSkillId: null,
  targetLevel: null,
  ...over,
});
const courses = new Map<string, EffortCourse>([
  ['c-gov', { hours: 12, examHours: 2, teaches: [{ skill: 'gov', level: 2 }] }],
  ['c-llm', { hours: 8, examHours: null, teaches: [{ skill: 'llm', level: 4 }] }],
]);

describe('milestone effort', () => {
  it('counts the levels each milestone closes above the member and the plan’s courses', () => {
    const nodes = [
      node('n-course', { kind: 'course', courseId: 'c-gov' }),
      node('m-gov-4', { milestoneSkillId: 'gov', targetLevel: 4 }),
      node('m-gov-3', { milestoneSkillId: 'gov', targetLevel: 3 }),
      node('m-llm-3', { milestoneSkillId: 'llm', targetLevel: 3 }), // no course in the plan teaches llm
      node('m-risk-2', { milestoneSkillId: 'risk', targetLevel: 2, status: 'skipped' }),
      node('m-free', {}),
    ];
    const levels = milestoneLevels(nodes, courses, new Map([['gov', 1], ['llm', 1]]));
    // gov: member 1, course reaches 2; milestone to 3 closes 1 level, then the one to 4 closes 1 more.
    expect(Object.fromEntries(levels)).toEqual({ 'm-gov-3': 1, 'm-gov-4': 1, 'm-llm-3': 2, 'm-risk-2': 0, 'm-free': 0 });
    // At 10 h a level: 10 + 10 + 20 = 40 h of milestones; the course brings 12 h study and a 2 h exam.
    const work = scheduleNodes(nodes, courses, new Map([['gov', 1], ['llm', 1]]), 10);
    expect(work.map((w) => [w.id, w.hours, w.examHours ?? null])).toEqual([
      ['n-course', 12, 2],
      ['m-gov-4', 10, null],
      ['m-gov-3', 10, null],
      ['m-llm-3', 20, null],
      ['m-risk-2', 0, null],
      ['m-free', 0, null],
    ]);
  });

  it('a milestone for a level a course in the plan already reaches closes nothing', () => {
    const nodes = [node('n', { kind: 'course', courseId: 'c-llm' }), node('m', { milestoneSkillId: 'llm', targetLevel: 3 })];
    expect(milestoneLevels(nodes, courses, new Map()).get('m')).toBe(0);
  });
});

describe('mentor suggestion', () => {
  const team = [
    { memberId: 'me', name: 'Me', levels: new Map([['gov', 5]]) },
    { memberId: 'a', name: 'Alex', levels: new Map([['gov', 4]]) },
    { memberId: 'z', name: 'Zoe', levels: new Map([['gov', 3]]) },
    { memberId: 'b', name: 'Bea', levels: new Map([['gov', 3]]) },
    { memberId: 'c', name: 'Cy', levels: new Map([['gov', 2]]) },
  ];
  it('lists teammates at or above the target, closest first, then by name, never the member', () => {
    expect(suggestMentors('gov', 3, team, 'me').map((m) => `${m.name} ${m.level}`)).toEqual(['Bea 3', 'Zoe 3', 'Alex 4']);
    expect(mentorLabel(suggestMentors('gov', 3, team, 'me'))).toBe('Bea');
  });
  it('is external when nobody is at the level', () => {
    expect(suggestMentors('gov', 5, team, 'me')).toEqual([]);
    expect(mentorLabel([])).toBe('external');
  });
});

describe('readiness at plan end, two numbers', () => {
  it('through courses alone, and with the mentoring milestones done', () => {
    // Requirements: llm 4 (critical 3), gov 4 (important 2), risk 2 (useful 1); weight 6.
    const requirements = [
      { skill: 'llm', level: 4, importance: 3 },
      { skill: 'gov', level: 4, importance: 2 },
      { skill: 'risk', level: 2, importance: 1 },
    ] satisfies RoleRequirement[];
    const levels = new Map([['gov', { level: 1 as const, stale: false }]]);
    const nodes = [
      node('n-gov', { kind: 'course', courseId: 'c-gov' }),
      node('n-llm', { kind: 'course', courseId: 'c-llm' }),
      node('m-gov', { milestoneSkillId: 'gov', targetLevel: 4 }),
      node('m-risk', { milestoneSkillId: 'risk', targetLevel: 2 }),
    ];
    const r = readinessAtPlanEnd(requirements, levels, nodes, courses);
    // Courses: llm 4/4 × 3 = 3, gov 2/4 × 2 = 1, risk 0 → 4 ÷ 6. With milestones: 6 ÷ 6.
    expect(r.throughCourses).toBeCloseTo(4 / 6, 10);
    expect(r.withMilestones).toBe(1);
    expect(r.milestoneCount).toBe(2);
    expect(readinessPairText(r)).toEqual({
      throughCourses: '66 %',
      withMilestones: '100 %',
      caveat: 'The second figure counts 2 mentoring or on-the-job milestones as done; no course covers them.',
    });
    // A skipped milestone earns nothing.
    const skipped = readinessAtPlanEnd(requirements, levels, nodes.map((n) => (n.id === 'm-risk' ? { ...n, status: 'skipped' as const } : n)), courses);
    expect(skipped.withMilestones).toBeCloseTo(5 / 6, 10);
  });
});
