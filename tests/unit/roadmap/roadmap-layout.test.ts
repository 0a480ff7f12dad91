import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  layoutRoadmap,
  levelChipText,
  roadmapCatalog,
  storedDates,
  type RoadmapInput,
  type RoadmapPlanNode,
} from '../../../src/shared/roadmap';

// A small catalog: two categories, three skills, four courses.
const catalog = roadmapCatalog(
  [
    { id: 's1', name: 'Python', category: 'cat-a' },
    { id: 's2', name: 'Prompt injection', category: 'cat-b' },
    { id: 's3', name: 'Red teaming', category: 'cat-b' },
  ],
  [
    { id: 'cat-a', name: 'Foundations' },
    { id: 'cat-b', name: 'Attacks' },
  ],
  [
    { id: 'c1', title: 'Python basics', teaches: [{ skill: 's1', level: 2 }] },
    { id: 'c2', title: 'LLM attacks', teaches: [{ skill: 's3', level: 2 }, { skill: 's2', level: 3 }] },
    { id: 'c3', title: 'Advanced red teaming', teaches: [{ skill: 's3', level: 4 }] },
    { id: 'c4', title: 'Python in depth', teaches: [{ skill: 's1', level: 3 }] },
  ],
);

const node = (id: string, kind: RoadmapPlanNode['kind'], extra: Partial<RoadmapPlanNode> = {}): RoadmapPlanNode => ({
  id,
  kind,
  courseId: null,
  milestoneSkillId: null,
  label: '',
  targetLevel: null,
  status: 'planned',
  ...extra,
});

const NODES: RoadmapPlanNode[] = [
  node('n-c1', 'course', { courseId: 'c1' }),
  node('n-c2', 'course', { courseId: 'c2' }),
  node('n-c3', 'course', { courseId: 'c3' }),
  node('k1', 'skill'),
  node('k2', 'skill'),
  node('k3', 'skill'),
  node('m1', 'milestone', { milestoneSkillId: 's2', targetLevel: 4 }),
  node('m2', 'milestone', { milestoneSkillId: 's3', targetLevel: 5 }),
];
const EDGES: [string, string][] = [
  ['n-c1', 'k1'],
  ['k1', 'k2'],
  ['n-c2', 'k2'],
  ['n-c2', 'k3'],
  ['n-c1', 'n-c2'],
  ['n-c2', 'n-c3'],
  ['n-c1', 'n-c3'],
  ['m1', 'k2'],
  ['n-c3', 'k3'],
  ['k3', 'm2'],
];
const DATES: Record<string, [string, string]> = {
  'n-c1': ['2027-01-04', '2027-01-20'],
  'n-c2': ['2027-01-21', '2027-02-25'],
  'n-c3': ['2027-03-01', '2027-04-10'],
  m1: ['2027-04-12', '2027-04-20'],
  m2: ['2027-04-21', '2027-04-30'],
};

function input(extra: Partial<RoadmapInput> = {}, dates = DATES, nodes = NODES): RoadmapInput {
  return {
    nodes,
    edges: EDGES.map(([source, target]) => ({ source, target })),
    dates: new Map(Object.entries(dates).map(([id, [start, end]]) => [id, { start, end }])),
    startDate: '2027-01-04',
    current: new Map([['s1', 1]]),
    catalog,
    ...extra,
  };
}

describe('the roadmap of a small plan (hand-worked)', () => {
  const roadmap = layoutRoadmap(input());

  it('has a column per month from January to April 2027, after a margin', () => {
    expect(roadmap.granularity).toBe('month');
    expect(roadmap.columns.map((c) => [c.key, c.label, c.x, c.width, c.start, c.end])).toEqual([
      ['2027-01', 'Jan 2027', 16, 300, '2027-01-01', '2027-01-31'],
      ['2027-02', 'Feb 2027', 316, 300, '2027-02-01', '2027-02-28'],
      ['2027-03', 'Mar 2027', 616, 300, '2027-03-01', '2027-03-31'],
      ['2027-04', 'Apr 2027', 916, 300, '2027-04-01', '2027-04-30'],
    ]);
    expect(roadmap.columns.map((c) => c.nodeIds)).toEqual([['n-c1', 'n-c2'], [], ['n-c3'], ['milestones:cat-b:2027-04']]);
  });

  it('has a lane per category, by when its first step starts, as tall as its fullest column', () => {
    // A 24 px title row, then Foundations: Python basics (96) + 2 × 14 padding; Attacks: LLM attacks or the
    // milestones (117) + 28.
    expect(roadmap.lanes).toEqual([
      { key: 'cat-a', label: 'Foundations', y: 52, height: 148 },
      { key: 'cat-b', label: 'Attacks', y: 200, height: 169 },
    ]);
  });

  it('makes courses the nodes, with the skills they raise as from → to chips in schedule order', () => {
    const byId = new Map(roadmap.nodes.map((n) => [n.id, n]));
    expect(byId.get('n-c1')).toMatchObject({ kind: 'course', title: 'Python basics', lane: 'cat-a', column: '2027-01', x: 34, y: 90, width: 264, height: 96 });
    expect(byId.get('n-c1')!.chips).toEqual([{ skillId: 's1', name: 'Python', from: 1, to: 2 }]);
    expect(byId.get('n-c2')).toMatchObject({ lane: 'cat-b', x: 34, y: 238, height: 117 });
    expect(byId.get('n-c2')!.chips.map((c) => [c.name, c.from, c.to])).toEqual([
      ['Prompt injection', 0, 3],
      ['Red teaming', 0, 2],
    ]);
    // Red teaming was brought to 2 by LLM attacks, before.
    expect(byId.get('n-c3')).toMatchObject({ x: 634, y: 238, chips: [{ skillId: 's3', name: 'Red teaming', from: 2, to: 4 }] });
    expect(roadmap.nodes.some((n) => n.planNodeIds.some((id) => id.startsWith('k')))).toBe(false);
  });

  it('groups the milestones of one category in one column into one node listing their skills', () => {
    const group = roadmap.nodes.find((n) => n.kind === 'milestones')!;
    expect(group).toMatchObject({
      id: 'milestones:cat-b:2027-04',
      title: 'Mentoring or on the job',
      planNodeIds: ['m1', 'm2'],
      items: ['Prompt injection', 'Red teaming'],
      start: '2027-04-12',
      end: '2027-04-30',
      x: 934,
      y: 238,
      height: 117,
    });
    expect(group.chips.map((c) => [c.name, c.from, c.to])).toEqual([
      ['Prompt injection', 3, 4],
      ['Red teaming', 4, 5],
    ]);
    expect(roadmap.nodes).toHaveLength(4);
  });

  it('draws an edge only where one step must come before another, looking through skills, none implied by two others', () => {
    expect(roadmap.edges.map((e) => `${e.source} → ${e.target}`).sort()).toEqual([
      'n-c1 → n-c2',
      'n-c2 → n-c3',
      'n-c3 → milestones:cat-b:2027-04',
    ]);
  });

  it('measures the whole drawing', () => {
    expect([roadmap.width, roadmap.height]).toEqual([1216, 369]);
  });

  it('keeps a position set by hand, which takes no room in its column', () => {
    const pinned = layoutRoadmap(input({ pinned: new Map([['n-c3', { x: 1000, y: 500 }]]) }));
    const c3 = pinned.nodes.find((n) => n.id === 'n-c3')!;
    expect(c3).toMatchObject({ x: 1000, y: 500, pinned: true });
    expect(pinned.nodes.filter((n) => n.id !== 'n-c3').every((n) => !n.pinned)).toBe(true);
    expect(pinned.columns[2]!.nodeIds).toEqual([]);
    expect(pinned.height).toBe(500 + 96 + 14);
  });

  it('words a chip by the proficiency scale', () => {
    expect(levelChipText({ from: 0, to: 3 })).toBe('None → Intermediate');
  });
});

describe('columns by the plan’s span', () => {
  it('goes by quarter when the plan spans more than twelve months', () => {
    const roadmap = layoutRoadmap(input({}, { ...DATES, m2: ['2028-01-10', '2028-02-10'] }));
    expect(roadmap.granularity).toBe('quarter');
    expect(roadmap.columns.map((c) => [c.key, c.label, c.range])).toEqual([
      ['2027-Q1', 'Q1 2027', 'Jan–Mar 2027'],
      ['2027-Q2', 'Q2 2027', 'Apr–Jun 2027'],
      ['2027-Q3', 'Q3 2027', 'Jul–Sep 2027'],
      ['2027-Q4', 'Q4 2027', 'Oct–Dec 2027'],
      ['2028-Q1', 'Q1 2028', 'Jan–Mar 2028'],
    ]);
    // m1 (April) and m2 (January 2028) are in different columns: two groups.
    expect(roadmap.nodes.filter((n) => n.kind === 'milestones').map((n) => n.id)).toEqual(['milestones:cat-b:2027-Q2', 'milestones:cat-b:2028-Q1']);
  });

  it('stays by month for exactly twelve months, and follows a forced choice', () => {
    expect(layoutRoadmap(input({}, { ...DATES, m2: ['2027-12-01', '2027-12-31'] })).granularity).toBe('month');
    expect(layoutRoadmap(input({ granularity: 'quarter' })).columns.map((c) => c.key)).toEqual(['2027-Q1', '2027-Q2']);
  });

  it('puts steps without dates in a last “Not scheduled” column', () => {
    const { m2: _gone, ...dates } = DATES;
    const roadmap = layoutRoadmap(input({}, dates));
    expect(roadmap.columns.at(-1)).toMatchObject({ key: 'unscheduled', label: 'Not scheduled', x: 1216, start: null, nodeIds: ['milestones:cat-b:unscheduled'] });
  });

  it('opens on the plan’s first day even before any step starts', () => {
    const roadmap = layoutRoadmap(input({ startDate: '2026-11-20' }));
    expect(roadmap.columns[0]!.key).toBe('2026-11');
  });

  it('draws a blackout as a band over the days it covers', () => {
    // January (x 16) has 31 days in 300 px: the 11th starts 10 days in, the 18th (the day after it ends) 17 days in.
    const roadmap = layoutRoadmap(input({ blackouts: [{ startsOn: '2027-01-11', endsOn: '2027-01-17', label: 'Holiday' }] }));
    expect(roadmap.blackouts).toEqual([{ startsOn: '2027-01-11', endsOn: '2027-01-17', label: 'Holiday', x: 113, width: 68 }]);
    const outside = layoutRoadmap(input({ blackouts: [{ startsOn: '2028-05-01', endsOn: '2028-05-09', label: 'Later' }] }));
    expect(outside.blackouts).toEqual([]);
  });
});

describe('lanes and chips in less usual plans', () => {
  it('puts a free milestone in a last “Other” lane under its own label', () => {
    const nodes = [...NODES, node('free', 'milestone', { label: 'Present to the team' })];
    const roadmap = layoutRoadmap(input({}, { ...DATES, free: ['2027-02-01', '2027-02-02'] }, nodes));
    expect(roadmap.lanes.at(-1)).toMatchObject({ key: 'other', label: 'Other' });
    expect(roadmap.nodes.find((n) => n.id === 'milestones:other:2027-02')).toMatchObject({ items: ['Present to the team'], chips: [] });
  });

  it('shows no chip for a level already reached; a skipped course raises nothing for later ones', () => {
    const nodes = [node('a', 'course', { courseId: 'c1', status: 'skipped' }), node('b', 'course', { courseId: 'c4' }), node('c', 'course', { courseId: 'c1' })];
    const roadmap = layoutRoadmap({
      ...input({}, { a: ['2027-01-04', '2027-01-05'], b: ['2027-01-06', '2027-01-07'], c: ['2027-01-08', '2027-01-09'] }, nodes),
      edges: [],
    });
    const chips = Object.fromEntries(roadmap.nodes.map((n) => [n.id, n.chips.map((c) => `${c.from}→${c.to}`)]));
    expect(chips).toEqual({ a: ['1→2'], b: ['1→3'], c: [] });
  });

  it('puts the lane whose first step starts first on top, whatever the catalog’s order', () => {
    const later = { ...DATES, 'n-c1': ['2027-03-02', '2027-03-20'] as [string, string] };
    expect(layoutRoadmap(input({}, later)).lanes.map((l) => l.label)).toEqual(['Attacks', 'Foundations']);
    // Starting the same day, the catalog's order decides.
    const same = { ...DATES, 'n-c1': ['2027-01-21', '2027-01-30'] as [string, string] };
    expect(layoutRoadmap(input({}, same)).lanes.map((l) => l.label)).toEqual(['Foundations', 'Attacks']);
  });

  it('reads a saved plan’s stored dates', () => {
    expect(storedDates([{ id: 'x', startDate: '2027-01-04', endDate: null }]).get('x')).toEqual({ start: '2027-01-04', end: null });
  });
});

describe('determinism', () => {
  it('gives the same roadmap for the same plan in any order of nodes and edges, every time', () => {
    const expected = layoutRoadmap(input());
    fc.assert(
      fc.property(fc.shuffledSubarray(NODES, { minLength: NODES.length }), fc.shuffledSubarray(EDGES, { minLength: EDGES.length }), (nodes, edges) => {
        const again = layoutRoadmap({ ...input({}, DATES, nodes), edges: edges.map(([source, target]) => ({ source, target })) });
        expect(again).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });
});
