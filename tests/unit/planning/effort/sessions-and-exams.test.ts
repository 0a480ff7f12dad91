import { describe, expect, it } from 'vitest';
import type { CourseSession } from '../../../../src/shared/domain/catalog';
import { scheduleCourses, type ScheduleInput, type ScheduleNode } from '../../../../src/shared/planning/schedule';

// 2027-01-04 is a Monday. 5 h a week = 1 h a working day.
const MONDAY = '2027-01-04';
const course = (id: string, hours: number, extra: Partial<ScheduleNode> = {}): ScheduleNode => ({ id, kind: 'course', status: 'planned', hours, ...extra });
const session = (start: string, end: string, seats: number | null = 12): CourseSession => ({ start, end, format: 'in-person', seats });
const input = (nodes: ScheduleNode[], edges: [string, string][] = [], extra: Partial<ScheduleInput> = {}): ScheduleInput => ({
  nodes,
  edges: edges.map(([source, target]) => ({ source, target })),
  weeklyHours: 5,
  startDate: MONDAY,
  blackouts: [],
  maxParallel: 1,
  ...extra,
});

describe('booking a dated session', () => {
  it('books a 6-day class on its dates (Mon 1 – Sat 6 Feb), not at weekly hours', () => {
    const s = scheduleCourses(input([course('class', 40, { sessions: [session('2027-02-01', '2027-02-06')] })]));
    expect(s.dates.get('class')).toEqual({ start: '2027-02-01', end: '2027-02-06' });
    expect(s.bookings.get('class')).toEqual({ kind: 'session', session: session('2027-02-01', '2027-02-06') });
    expect(s.finishDate).toBe('2027-02-06');
    // The 40 study hours fall in the class's month; at 1 h a day they would have taken eight weeks.
    expect(Object.fromEntries(s.hoursByMonth)).toEqual({ '2027-02': 40 });
    expect(s.totalHours).toBe(40);
  });

  it('takes the earliest session that fits: after the prerequisite, with seats, outside blackouts', () => {
    const sessions = [
      session('2027-01-05', '2027-01-06'), // before the prerequisite ends (Fri 8 Jan)
      session('2027-02-01', '2027-02-02', 0), // full
      session('2027-03-02', '2027-03-03'), // in the blackout 1–5 Mar
      session('2027-03-09', '2027-03-10'),
    ];
    const s = scheduleCourses(
      input([course('pre', 5), course('class', 16, { sessions })], [['pre', 'class']], { blackouts: [{ startsOn: '2027-03-01', endsOn: '2027-03-05' }] }),
    );
    expect(s.dates.get('pre')).toEqual({ start: '2027-01-04', end: '2027-01-08' });
    expect(s.dates.get('class')).toEqual({ start: '2027-03-09', end: '2027-03-10' });
  });

  it('falls back to self-paced hours at the weekly rate when no session fits, and says so', () => {
    const sessions = [session('2027-01-05', '2027-01-06'), session('2027-02-01', '2027-02-02', 0)];
    const s = scheduleCourses(input([course('pre', 5), course('class', 10, { sessions })], [['pre', 'class']]));
    expect(s.bookings.get('class')).toEqual({ kind: 'self-paced', reason: 'no session fits' });
    // Ready Mon 11 Jan; 10 h at 1 h a day: 11–22 Jan.
    expect(s.dates.get('class')).toEqual({ start: '2027-01-11', end: '2027-01-22' });
  });

  it('does not book a session in the past', () => {
    const s = scheduleCourses(input([course('class', 5, { sessions: [session('2027-01-05', '2027-01-05')] })], [], { today: '2027-01-07' }));
    expect(s.bookings.get('class')!.kind).toBe('self-paced');
  });

  it('spends no self-paced hours on class days', () => {
    // The class is on Tue 5 and Wed 6 Jan; the self-paced course takes 1 h on Mon 4, Thu 7, Fri 8, Mon 11, Tue 12.
    const s = scheduleCourses(input([course('class', 14, { sessions: [session('2027-01-05', '2027-01-06')] }), course('self', 5)]));
    expect(s.dates.get('class')).toEqual({ start: '2027-01-05', end: '2027-01-06' });
    expect(s.dates.get('self')).toEqual({ start: '2027-01-04', end: '2027-01-12' });
  });
});

describe('the exam part', () => {
  it('is sat on the working day after the study, counted apart from the study hours', () => {
    // 10 h study: Mon 4 – Fri 15 Jan; the 2.5 h exam on Mon 18 Jan; the next course starts Tue 19 Jan.
    const s = scheduleCourses(input([course('cert', 10, { examHours: 2.5 }), course('next', 2)], [['cert', 'next']]));
    expect(s.exams.get('cert')).toEqual({ date: '2027-01-18', hours: 2.5, studyEnd: '2027-01-15' });
    expect(s.dates.get('cert')).toEqual({ start: '2027-01-04', end: '2027-01-18' });
    expect(s.dates.get('next')).toEqual({ start: '2027-01-19', end: '2027-01-20' });
    expect([s.studyHours, s.examHours, s.totalHours]).toEqual([12, 2.5, 14.5]);
    expect(s.nodeHours.get('cert')).toBe(12.5);
  });

  it('after a booked class, on the next working day outside a blackout', () => {
    // Class Mon 1 – Sat 6 Feb; Mon 8 Feb is a holiday; the exam is Tue 9 Feb.
    const s = scheduleCourses(
      input([course('cert', 30, { examHours: 3, sessions: [session('2027-02-01', '2027-02-06')] })], [], {
        blackouts: [{ startsOn: '2027-02-08', endsOn: '2027-02-08' }],
      }),
    );
    expect(s.exams.get('cert')).toEqual({ date: '2027-02-09', hours: 3, studyEnd: '2027-02-06' });
    expect(s.finishDate).toBe('2027-02-09');
  });
});

describe('milestones with effort', () => {
  it('are scheduled like self-paced work and count in the totals and finish date', () => {
    // Course 5 h: 4–8 Jan; milestone 20 h after it: Mon 11 Jan – Fri 5 Feb (20 working days).
    const s = scheduleCourses(
      input([course('c', 5), { id: 'm', kind: 'milestone', status: 'planned', hours: 20 }], [['c', 'm']]),
    );
    expect(s.dates.get('m')).toEqual({ start: '2027-01-11', end: '2027-02-05' });
    expect([s.studyHours, s.milestoneHours, s.totalHours, s.remainingHours]).toEqual([5, 20, 25, 25]);
    expect(s.finishDate).toBe('2027-02-05');
  });
});
