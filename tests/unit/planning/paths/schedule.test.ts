import { getISODay, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quarterOf, scheduleCourses, type ScheduleInput, type ScheduleNode } from '../../../../src/shared/planning/schedule';

// 2026-01-05 is a Monday.
const MONDAY = '2026-01-05';
const courseNode = (id: string, hours: number, extra: Partial<ScheduleNode> = {}): ScheduleNode => ({
  id,
  kind: 'course',
  status: 'planned',
  hours,
  ...extra,
});
const input = (nodes: ScheduleNode[], edges: [string, string][] = [], extra: Partial<ScheduleInput> = {}): ScheduleInput => ({
  nodes,
  edges: edges.map(([source, target]) => ({ source, target })),
  weeklyHours: 10,
  startDate: MONDAY,
  blackouts: [],
  maxParallel: 1,
  ...extra,
});

describe('scheduling a plan (hand-worked)', () => {
  it('10 h a week is 2 h a working day: 8 h runs Monday to Thursday, the next course starts Friday', () => {
    const s = scheduleCourses(input([courseNode('a', 8), courseNode('b', 10)], [['a', 'b']]));
    expect(s.dates.get('a')).toEqual({ start: '2026-01-05', end: '2026-01-08' });
    // Friday 2 h, then Monday to Thursday 8 h.
    expect(s.dates.get('b')).toEqual({ start: '2026-01-09', end: '2026-01-15' });
    expect(s.finishDate).toBe('2026-01-15');
    expect(s.totalHours).toBe(18);
    expect(Object.fromEntries(s.hoursByMonth)).toEqual({ '2026-01': 18 });
  });

  it('respects the graph, not the list order', () => {
    const s = scheduleCourses(input([courseNode('later', 2), courseNode('first', 2)], [['first', 'later']]));
    expect(s.dates.get('first')!.start).toBe('2026-01-05');
    expect(s.dates.get('later')!.start).toBe('2026-01-06');
  });

  it('waits through skill and milestone nodes for the courses before them', () => {
    const s = scheduleCourses(
      input(
        [courseNode('a', 4), { id: 'skill', kind: 'skill', status: 'planned' }, { id: 'm', kind: 'milestone', status: 'planned' }, courseNode('b', 2)],
        [['a', 'skill'], ['skill', 'm'], ['m', 'b']],
      ),
    );
    expect(s.dates.get('a')).toEqual({ start: '2026-01-05', end: '2026-01-06' });
    expect(s.dates.get('skill')).toEqual({ start: '2026-01-06', end: '2026-01-06' });
    expect(s.dates.get('b')).toEqual({ start: '2026-01-07', end: '2026-01-07' });
  });

  it('runs independent courses side by side when allowed, sharing the weekly hours', () => {
    const s = scheduleCourses(input([courseNode('a', 4), courseNode('b', 4)], [], { maxParallel: 2 }));
    // 1 h a day each.
    expect(s.dates.get('a')).toEqual({ start: '2026-01-05', end: '2026-01-08' });
    expect(s.dates.get('b')).toEqual({ start: '2026-01-05', end: '2026-01-08' });
    const seq = scheduleCourses(input([courseNode('a', 4), courseNode('b', 4)]));
    expect(seq.dates.get('b')).toEqual({ start: '2026-01-07', end: '2026-01-08' });
  });

  it('a course needing less than its share leaves the rest to the others the same day', () => {
    const s = scheduleCourses(input([courseNode('short', 0.5), courseNode('long', 3)], [], { maxParallel: 2 }));
    // Day 1: short 0.5, long 1.5; day 2: long 1.5.
    expect(s.dates.get('short')).toEqual({ start: '2026-01-05', end: '2026-01-05' });
    expect(s.dates.get('long')).toEqual({ start: '2026-01-05', end: '2026-01-06' });
  });

  it('skips weekends and blackout periods', () => {
    const s = scheduleCourses(input([courseNode('a', 8)], [], { blackouts: [{ startsOn: '2026-01-06', endsOn: '2026-01-07' }] }));
    // Mon, (Tue, Wed off), Thu, Fri, (weekend), Mon.
    expect(s.dates.get('a')).toEqual({ start: '2026-01-05', end: '2026-01-12' });
    const fromSaturday = scheduleCourses(input([courseNode('a', 2)], [], { startDate: '2026-01-10' }));
    expect(fromSaturday.dates.get('a')).toEqual({ start: '2026-01-12', end: '2026-01-12' });
  });

  it('done courses keep their dates and take no time; skipped ones take none and block nothing', () => {
    const s = scheduleCourses(
      input(
        [
          courseNode('done', 20, { status: 'done', startDate: '2025-11-03', endDate: '2025-11-20' }),
          courseNode('skipped', 20, { status: 'skipped' }),
          courseNode('next', 2),
        ],
        [['done', 'skipped'], ['skipped', 'next']],
      ),
    );
    expect(s.dates.get('done')).toEqual({ start: '2025-11-03', end: '2025-11-20' });
    expect(s.dates.get('skipped')).toEqual({ start: null, end: null });
    expect(s.dates.get('next')).toEqual({ start: '2026-01-05', end: '2026-01-05' });
    expect(s.totalHours).toBe(22);
    expect(s.remainingHours).toBe(2);
  });

  it('spreads hours over the months they are spent in', () => {
    const s = scheduleCourses(input([courseNode('a', 6)], [], { startDate: '2026-01-29' }));
    // Thu 29, Fri 30 Jan: 4 h; Mon 2 Feb: 2 h.
    expect(Object.fromEntries(s.hoursByMonth)).toEqual({ '2026-01': 4, '2026-02': 2 });
    expect(quarterOf('2026-02')).toBe('2026-Q1');
    expect(quarterOf('2026-12')).toBe('2026-Q4');
  });

  it('says why it cannot schedule: no weekly hours, a cycle, or more than the horizon', () => {
    expect(scheduleCourses(input([courseNode('a', 2)], [], { weeklyHours: 0 })).problem).toBe('no-hours');
    expect(scheduleCourses(input([courseNode('a', 2), courseNode('b', 2)], [['a', 'b'], ['b', 'a']])).problem).toBe('cycle');
    const long = scheduleCourses(input([courseNode('a', 1000)], [], { weeklyHours: 1, horizonDays: 30 }));
    expect(long.problem).toBe('too-long');
    expect(long.dates.get('a')!.end).toBeNull();
  });
});

describe('scheduling random DAGs (properties)', () => {
  const arbitraryPlan = fc
    .record({
      hours: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 12 }),
      pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
      weeklyHours: fc.integer({ min: 1, max: 20 }),
      maxParallel: fc.integer({ min: 1, max: 3 }),
      blackoutStart: fc.integer({ min: 0, max: 40 }),
      blackoutLength: fc.integer({ min: 0, max: 15 }),
    })
    .map((r) => {
      const n = r.hours.length;
      const nodes = r.hours.map((h, i) => courseNode(`c${i}`, h));
      const edges = r.pairs.map(([a, b]) => [a % n, b % n] as const).filter(([a, b]) => a < b).map(([a, b]) => [`c${a}`, `c${b}`] as [string, string]);
      const start = new Date(2026, 0, 5 + r.blackoutStart);
      const end = new Date(2026, 0, 5 + r.blackoutStart + r.blackoutLength);
      const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      return input(nodes, edges, { weeklyHours: r.weeklyHours, maxParallel: r.maxParallel, blackouts: [{ startsOn: iso(start), endsOn: iso(end) }] });
    });

  it('every course starts after its predecessors end, on a working day, and all hours are placed', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const s = scheduleCourses(plan);
        expect(s.problem).toBeNull();
        const b = plan.blackouts[0]!;
        for (const n of plan.nodes) {
          const d = s.dates.get(n.id)!;
          expect(d.start && d.end).toBeTruthy();
          expect(d.start! <= d.end!).toBe(true);
          for (const day of [d.start!, d.end!]) {
            expect(getISODay(parseISO(day))).toBeLessThanOrEqual(5);
            expect(day >= b.startsOn && day <= b.endsOn).toBe(false);
          }
        }
        for (const e of plan.edges) expect(s.dates.get(e.source)!.end! < s.dates.get(e.target)!.start!).toBe(true);
        const placed = [...s.hoursByMonth.values()].reduce((a, h) => a + h, 0);
        expect(placed).toBeCloseTo(s.remainingHours, 6);
        // Never more courses under way on one day than allowed.
        const days = new Set(plan.nodes.flatMap((n) => [s.dates.get(n.id)!.start!, s.dates.get(n.id)!.end!]));
        for (const day of days) {
          const running = plan.nodes.filter((n) => n.hours! > 0 && s.dates.get(n.id)!.start! <= day && day <= s.dates.get(n.id)!.end!);
          expect(running.length).toBeLessThanOrEqual(plan.maxParallel);
        }
        expect(s.finishDate).toBe([...s.dates.values()].map((d) => d.end!).sort().at(-1));
      }),
      { numRuns: 200 },
    );
  });
});
