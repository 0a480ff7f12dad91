/**
 * The roadmap of a learning plan: what a reader sees first, on the canvas and on paper. Pure (no React, no DOM).
 *
 * API (kept stable; additions only):
 * - `layoutRoadmap(input: RoadmapInput): Roadmap`: the whole drawing in roadmap units (CSS px at zoom 1):
 *   - `columns`: time left → right, by month ('Mar 2027') or quarter ('Q1 2027', range 'Jan–Mar 2027') chosen by
 *     the plan's span, plus 'Not scheduled' when a step has no dates; each with `x`, `width`, `start`/`end` days
 *     and the `nodeIds` laid out in it (a phase, for an outline);
 *   - `lanes`: one per skill category with a step, by when their first step starts (ties: catalog order, 'Other'
 *     last), with `y`, `height`, `label`;
 *   - `nodes`: a course each, and per lane and column one node grouping its milestones ("Mentoring or on the job",
 *     `items` = their skills); each with `chips` (skill, from → to level) in schedule order, `status`,
 *     `start`/`end`, `x`/`y` (top-left), `width`/`height`, `titleLines` (the title as drawn, at most
 *     `input.titleMaxLines` lines, default 3), `planNodeIds`, and `pinned` when placed by hand;
 *   - `edges`: only "this step must come before that one" (through skill nodes, transitively reduced);
 *   - `blackouts`: periods without learning as bands (`x`, `width`) over the columns; `width`/`height` of all.
 * - `roadmapCatalog(skills, categories, courses)`: the catalog facts from the API's lists
 *   (`skills.list`, `categories.list`, `courses.list` or any objects with the same fields).
 * - `storedDates(nodes)`: the dates a saved plan's nodes carry (`plan.nodes`), for `input.dates` where no
 *   schedule is computed (the PDF); the editor passes `scheduleCourses(...).dates`.
 * - `ROADMAP_GEOMETRY` (sizes and fonts the nodes are drawn with; each lane is named in a title row at its top), `SMALLEST_NODE_FONT`, `shownChips(count)`
 *   (chips shown and the "+N more" count), `titleLineBreaks(title)` (a title's lines on a node),
 *   `xOfDay(columns, day)`, `levelChipText(chip)` ("Basic → Advanced").
 * - `roadmapSvg(roadmap, text)`: the roadmap as a standalone SVG document, every word a <text> element.
 *
 * Example: `layoutRoadmap({ nodes: plan.nodes, edges: plan.edges, dates: storedDates(plan.nodes),
 *   startDate, current, catalog: roadmapCatalog(skills, categories, courses), blackouts })`.
 */
import type { SkillAtLevel } from '../domain/catalog';
import { proficiencyLabel } from '../domain/proficiency';
import type { RoadmapCatalog, RoadmapChip } from './types';

export { layoutRoadmap } from './layout';
export { chooseGranularity, MONTHS_FOR_MONTH_COLUMNS, UNSCHEDULED_COLUMN, xOfDay } from './columns';
export { nodeHeight, ROADMAP_GEOMETRY, shownChips, SMALLEST_NODE_FONT, titleLineBreaks, titleLines } from './geometry';
export { MILESTONES_TITLE, OTHER_LANE } from './steps';
export { roadmapSvg, xmlText, type RoadmapPictureText } from './svg';
export type * from './types';

export function roadmapCatalog(
  skills: readonly { id: string; name: string; category: string }[],
  categories: readonly { id: string; name: string }[],
  courses: readonly { id: string; title: string; teaches: readonly SkillAtLevel[] }[],
): RoadmapCatalog {
  return {
    skills: new Map(skills.map((s) => [s.id, { name: s.name, category: s.category }])),
    categories: new Map(categories.map((c) => [c.id, c.name])),
    courses: new Map(courses.map((c) => [c.id, { title: c.title, teaches: c.teaches }])),
  };
}

export function storedDates(nodes: readonly { id: string; startDate: string | null; endDate: string | null }[]) {
  return new Map(nodes.map((n) => [n.id, { start: n.startDate, end: n.endDate }]));
}

/** "Basic → Advanced" for a chip (levels 0–5 by the proficiency scale's names). */
export function levelChipText(chip: Pick<RoadmapChip, 'from' | 'to'>): string {
  return `${proficiencyLabel(chip.from)} → ${proficiencyLabel(chip.to)}`;
}
