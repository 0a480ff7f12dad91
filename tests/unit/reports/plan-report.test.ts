import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_SETTINGS, type Plan } from '../../../src/shared/domain/plan';
import { planReport, type ReportCourse } from '../../../src/shared/reports/plan-report';

const node = (over: Partial<Plan['nodes'][number]> & Pick<Plan['nodes'][number], 'id' | 'kind'>): Plan['nodes'][number] => ({
  skillId: null,
  courseId: null,
  milestoneSkillId: null,
  label: '',
  x: 0,
  y: 0,
  status: 'planned',
  targetLevel: null,
  note: '',
  origin: 'manual',
  startDate: null,
  endDate: null,
  ...over,
});

const courses = new Map<string, ReportCourse>([
  ['c-llm', { title: 'LLM security', provider: 'P', hours: 10, examHours: 2, cost: 100, currency: 'USD', teaches: [{ skill: 'llm', level: 3 }] }],
  ['c-ml', { title: 'ML basics', provider: 'Q', hours: 5, examHours: null, cost: 0, currency: null, teaches: [{ skill: 'ml', level: 2 }] }],
]);

const plan: Plan = {
  id: 'p',
  memberId: 'm',
  name: 'Main plan',
  isActive: true,
  targetRoleId: 'r',
  settings: DEFAULT_PLAN_SETTINGS,
  nodes: [
    node({ id: 'n-ml', kind: 'course', courseId: 'c-ml', note: 'Start here.' }),
    node({ id: 'n-llm', kind: 'course', courseId: 'c-llm' }),
    node({ id: 'n-gov', kind: 'milestone', milestoneSkillId: 'gov', targetLevel: 2, origin: 'generated', note: 'Reach Governance…' }),
  ],
  edges: [
    { id: 'e', source: 'n-ml', target: 'n-llm', kind: 'order' },
    { id: 'e2', source: 'n-llm', target: 'n-gov', kind: 'order' },
  ],
  updatedAt: '2026-11-25T00:00:00Z',
  generatedAt: null,
  editedSinceGeneration: false,
  saveStamp: 1,
  generation: null,
};

describe('planReport', () => {
  it('works out readiness now and at plan end, the schedule with exams and milestones, totals, notes and open gaps', () => {
    const report = planReport({
      today: '2026-11-25',
      // 5 h a week = 1 h a working day, from Monday 4 Jan 2027.
      member: { weeklyHours: 5, startDate: '2027-01-04' },
      targetRole: {
        requirements: [
          { skill: 'llm', level: 3, importance: 3 },
          { skill: 'ml', level: 2, importance: 2 },
          { skill: 'gov', level: 2, importance: 1 },
        ],
      },
      levels: [{ skillId: 'ml', level: 1, stale: true }],
      blackouts: [],
      plan,
      courses,
      skillName: (id) => ({ llm: 'LLM security', ml: 'ML fundamentals', gov: 'Governance' })[id] ?? id,
      milestoneHoursPerLevel: 10,
      memberId: 'm',
      teammates: [
        { memberId: 'm', name: 'The member', levels: new Map([['gov', 5]]) },
        { memberId: 'a', name: 'Alex', levels: new Map([['gov', 4]]) },
        { memberId: 'b', name: 'Bea', levels: new Map([['gov', 2]]) },
        { memberId: 'c', name: 'Cy', levels: new Map([['gov', 1]]) },
      ],
    });
    // Now: llm 0/3 × 3, ml 1/2 × 2, gov 0/2 × 1 → 1 ÷ 6.
    expect(report.readinessNow).toBeCloseTo(1 / 6, 10);
    // At plan end: through courses llm 3/3 × 3 + ml 2/2 × 2 + gov 0 → 5 ÷ 6; with the milestone done, 6 ÷ 6.
    expect(report.readinessAtEnd.throughCourses).toBeCloseTo(5 / 6, 10);
    expect(report.readinessAtEnd.withMilestones).toBe(1);
    expect(report.readinessAtEnd.milestoneCount).toBe(1);
    expect(report.gaps.map((g) => [g.skillName, g.current, g.gap, g.atPlanEnd, g.stale])).toEqual([
      ['LLM security', null, 3, 3, false],
      ['ML fundamentals', 1, 1, 2, true],
      ['Governance', null, 2, 2, false],
    ]);
    // ML basics: 5 h → 4–8 Jan; LLM security: 10 h → 11–22 Jan, its 2 h exam on Mon 25 Jan.
    expect(report.courses.map((c) => [c.title, c.start, c.end, c.exam])).toEqual([
      ['ML basics', '2027-01-04', '2027-01-08', null],
      ['LLM security', '2027-01-11', '2027-01-25', { date: '2027-01-25', hours: 2, studyEnd: '2027-01-22' }],
    ]);
    // The milestone (Governance 0 → 2, 2 levels × 10 h) follows LLM security, whose exam ends it on Mon 25 Jan:
    // it starts Tue 26 Jan and takes 20 working days, to Mon 22 Feb. Mentor: Bea (2), the closest at or above
    // the level, not Alex (4) nor the member (5).
    expect(report.milestones).toEqual([
      {
        nodeId: 'n-gov',
        label: 'Governance',
        skillName: 'Governance',
        from: 0,
        target: 2,
        levels: 2,
        hours: 20,
        start: '2027-01-26',
        end: '2027-02-22',
        mentor: 'Bea',
        status: 'planned',
      },
    ]);
    // 15 h study + 2 h exam + 20 h milestone.
    expect(report.totals).toMatchObject({ hours: 37, studyHours: 15, examHours: 2, milestoneHours: 20, finishDate: '2027-02-22' });
    // $100 + a free course: one currency, nothing unpriced.
    expect(report.money).toEqual({ published: [{ currency: 'USD', amount: 100 }], assumed: [], assumedTitles: [], unpricedTitles: [], itemCount: 2 });
    expect(report.notes).toEqual([{ label: 'ML basics', note: 'Start here.' }]);
    expect(report.openGaps).toEqual([{ skillName: 'Governance', required: 2, current: 0, reason: 'no course in the plan closes it' }]);
  });
});
