import { describe, expect, it } from 'vitest';
import { choosePrintedRoadmap, paginateRoadmap, printCardHeight, PRINT_CARD, roadmapPage, stepsLeftOut } from '../../../src/shared/reports/roadmap-pages';
import { layoutRoadmap, roadmapCatalog, type Roadmap, type RoadmapPlanNode } from '../../../src/shared/roadmap';

// Three categories, a course per category and month.
const catalog = roadmapCatalog(
  [
    { id: 's-a', name: 'Python', category: 'cat-a' },
    { id: 's-b', name: 'Prompt injection', category: 'cat-b' },
    { id: 's-c', name: 'Governance', category: 'cat-c' },
  ],
  [
    { id: 'cat-a', name: 'Foundations' },
    { id: 'cat-b', name: 'Attacks' },
    { id: 'cat-c', name: 'Governance' },
  ],
  ['a', 'b', 'c'].flatMap((k) =>
    Array.from({ length: 12 }, (_, m) => ({ id: `c-${k}${m}`, title: `Course ${k} ${m + 1}`, teaches: [{ skill: `s-${k}`, level: 3 }] })),
  ),
);

const course = (id: string): RoadmapPlanNode => ({ id, kind: 'course', courseId: id, milestoneSkillId: null, label: '', targetLevel: null, status: 'planned' });
const month = (m: number) => `2027-${String(m + 1).padStart(2, '0')}`;

/** A plan of `months` months in which each of `lanes`' categories takes a course every month. */
function roadmapOf(months: number, lanes: readonly string[]): Roadmap {
  const ids = lanes.flatMap((k) => Array.from({ length: months }, (_, m) => ({ id: `c-${k}${m}`, m })));
  const nodes = ids.map(({ id }) => course(id));
  const dates = new Map(ids.map(({ id, m }) => [id, { start: `${month(m)}-05`, end: `${month(m)}-20` }]));
  return layoutRoadmap({ nodes, edges: [], dates, startDate: '2027-01-01', current: new Map(), catalog, granularity: 'month' });
}

const AREA = { width: 1000, height: 600 };

describe('paginateRoadmap', () => {
  it('prints a small roadmap on one page, never enlarged', () => {
    const roadmap = roadmapOf(2, ['a']);
    const p = paginateRoadmap(roadmap, AREA, { minScale: 0.8 });
    expect(p.pages).toHaveLength(1);
    expect(p.pages[0]!.scale).toBe(1);
    expect(p.pages[0]!.columns.map((c) => c.label)).toEqual(['Jan 2027', 'Feb 2027']);
    expect(p.leftOutColumns).toEqual([]);
  });

  it('splits a wide roadmap between whole columns into two pages, each at the minimum scale or above', () => {
    // 6 months: 150 + 6 × 300 = 1,950 units; one page would print at 0.51, two at 0.95 (3 columns each).
    const roadmap = roadmapOf(6, ['a', 'b']);
    const p = paginateRoadmap(roadmap, AREA, { minScale: 0.8 });
    expect(p.pages.map((page) => page.columns.map((c) => c.key))).toEqual([
      ['2027-01', '2027-02', '2027-03'],
      ['2027-04', '2027-05', '2027-06'],
    ]);
    for (const page of p.pages) {
      expect(page.scale).toBeGreaterThanOrEqual(0.8);
      expect(page.width * page.scale).toBeLessThanOrEqual(AREA.width + 1e-9);
      expect(page.height * page.scale).toBeLessThanOrEqual(AREA.height + 1e-9);
      // Each page starts its columns after the lane labels; every card lies whole inside its own column.
      expect(page.columns[0]!.x).toBe(PRINT_CARD.laneLabelWidth);
      for (const n of page.nodes) {
        const column = page.columns.find((c) => c.key === n.column)!;
        expect(n.x).toBeGreaterThanOrEqual(column.x);
        expect(n.x + n.width).toBeLessThanOrEqual(column.x + column.width);
        expect(n.y + n.height).toBeLessThanOrEqual(page.height);
        expect(n.height).toBe(printCardHeight(n));
      }
    }
    expect(stepsLeftOut(roadmap, p)).toBe(0);
  });

  it('re-stacks each lane to the cards on its page and leaves out lanes with none there', () => {
    const roadmap = roadmapOf(1, ['a', 'b', 'c']);
    const page = paginateRoadmap(roadmap, AREA, { minScale: 0.8 }).pages[0]!;
    expect(page.lanes.map((l) => l.label)).toEqual(['Foundations', 'Attacks', 'Governance']);
    const laneHeight = Math.max(PRINT_CARD.minLaneHeight, printCardHeight(page.nodes[0]!) + 2 * PRINT_CARD.lanePadding);
    expect(page.lanes.map((l) => l.y)).toEqual([0, 1, 2].map((i) => PRINT_CARD.headerHeight + i * laneHeight));
  });

  it('when lanes must be left off a page, keeps those with the most steps and names the others', () => {
    // One month: Foundations and Governance take a course each, Attacks three (stacked).
    const ids = ['c-a0', 'c-b0', 'c-b1', 'c-b2', 'c-c0'];
    const roadmap = layoutRoadmap({
      nodes: ids.map(course),
      edges: [],
      dates: new Map(ids.map((id, i) => [id, { start: `2027-01-0${i + 1}`, end: '2027-01-20' }])),
      startDate: '2027-01-01',
      current: new Map(),
      catalog,
      granularity: 'month',
    });
    const all = roadmapPage(roadmap, roadmap.columns);
    const height = (label: string) => all.lanes.find((l) => l.label === label)!.height;
    expect(all.lanes.map((l) => l.label)).toEqual(['Foundations', 'Attacks', 'Governance']);
    const room = PRINT_CARD.headerHeight + height('Attacks') + height('Foundations');
    const page = roadmapPage(roadmap, roadmap.columns, room);
    expect(page.lanes.map((l) => l.label)).toEqual(['Foundations', 'Attacks']);
    expect(page.droppedLanes).toEqual(['Governance']);
    expect(page.nodes.map((n) => n.id).sort()).toEqual(['c-a0', 'c-b0', 'c-b1', 'c-b2']);
    expect(page.height).toBeLessThanOrEqual(room);
    // Room for one lane only: the one with three steps.
    expect(roadmapPage(roadmap, roadmap.columns, PRINT_CARD.headerHeight + height('Attacks')).lanes.map((l) => l.label)).toEqual(['Attacks']);
  });

  it('names what two pages cannot hold at the minimum scale instead of shrinking it', () => {
    // 12 months × 300 units cannot go on two pages 1,250 units wide (1,000 / 0.8).
    const roadmap = roadmapOf(12, ['a']);
    const p = paginateRoadmap(roadmap, AREA, { minScale: 0.8 });
    expect(p.pages).toHaveLength(2);
    for (const page of p.pages) expect(page.scale).toBeGreaterThanOrEqual(0.8);
    expect(p.leftOutColumns.length).toBeGreaterThan(0);
    expect(p.pages.flatMap((page) => page.columns).concat(p.leftOutColumns).map((c) => c.key)).toEqual(roadmap.columns.map((c) => c.key));
    expect(stepsLeftOut(roadmap, p)).toBe(p.leftOutColumns.reduce((n, c) => n + c.nodeIds.length, 0));
  });

  it('takes the quarter layout when the month layout does not fit on two pages', () => {
    const months = roadmapOf(12, ['a']);
    const quarters = layoutRoadmap({
      nodes: months.nodes.map((n) => course(n.id)),
      edges: [],
      dates: new Map(months.nodes.map((n) => [n.id, { start: n.start, end: n.end }])),
      startDate: '2027-01-01',
      current: new Map(),
      catalog,
      granularity: 'quarter',
    });
    const chosen = choosePrintedRoadmap([months, quarters], AREA, { minScale: 0.8 })!;
    expect(chosen.roadmap.granularity).toBe('quarter');
    expect(stepsLeftOut(chosen.roadmap, chosen.pagination)).toBe(0);
    // A roadmap that fits is taken as it is.
    const small = roadmapOf(2, ['a']);
    expect(choosePrintedRoadmap([small, quarters], AREA, { minScale: 0.8 })!.roadmap).toBe(small);
  });
});
