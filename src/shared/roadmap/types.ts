import type { SkillAtLevel } from '../domain/catalog';
import type { PlanNodeKind, PlanNodeStatus } from '../domain/plan';

/** A plan node as the roadmap reads it (a stored `PlanNode`, a `PlanNodeDraft` or an editor node's fields all fit). */
export interface RoadmapPlanNode {
  id: string;
  kind: PlanNodeKind;
  courseId: string | null;
  milestoneSkillId: string | null;
  label: string;
  targetLevel: number | null;
  status: PlanNodeStatus;
}

/** What the roadmap needs of the catalog: skill names and categories, course titles and what they teach. */
export interface RoadmapCatalog {
  skills: ReadonlyMap<string, { name: string; category: string }>;
  /** Category id → name, in the catalog's display order (the lanes' order). */
  categories: ReadonlyMap<string, string>;
  courses: ReadonlyMap<string, { title: string; teaches: readonly SkillAtLevel[] }>;
}

export type RoadmapGranularity = 'month' | 'quarter';

export interface RoadmapInput {
  nodes: readonly RoadmapPlanNode[];
  edges: readonly { source: string; target: string }[];
  /** Each node's dates from the schedule (`scheduleCourses(...).dates`, or the dates stored on a plan's nodes). */
  dates: ReadonlyMap<string, { start: string | null; end: string | null }>;
  /** YYYY-MM-DD: the plan's first day (the member's start date, else today): the first column holds it. */
  startDate: string;
  /** The member's level per skill now (missing: 0): where the first chip of a skill starts. */
  current: ReadonlyMap<string, number>;
  catalog: RoadmapCatalog;
  /** Positions the user set by hand, by roadmap node id: kept as they are. */
  pinned?: ReadonlyMap<string, { x: number; y: number }>;
  /** Columns by month or quarter; 'auto' (default) picks by the plan's span (see `MONTHS_FOR_MONTH_COLUMNS`). */
  granularity?: RoadmapGranularity | 'auto';
  /** Periods without learning, drawn as bands over the columns. */
  blackouts?: readonly { startsOn: string; endsOn: string; label: string }[];
  /** At most this many lines of a title on a node (default `ROADMAP_GEOMETRY.titleLine.maxLines`; a picture or a page may give Infinity). */
  titleMaxLines?: number;
}

/** A skill a step raises: from the level before it to the level after it. */
export interface RoadmapChip {
  skillId: string;
  name: string;
  from: number;
  to: number;
}

export interface RoadmapColumn {
  /** '2027-03' (month), '2027-Q1' (quarter) or 'unscheduled'. */
  key: string;
  /** 'Mar 2027', 'Q1 2027' or 'Not scheduled'. */
  label: string;
  /** The months it covers, 'Jan–Mar 2027' for a quarter; the label again for a month. */
  range: string;
  /** First and last day (YYYY-MM-DD); null for the 'unscheduled' column. */
  start: string | null;
  end: string | null;
  x: number;
  width: number;
  /** Roadmap nodes laid out in it (not pinned elsewhere), in reading order. */
  nodeIds: string[];
}

export interface RoadmapLane {
  /** The skill category's id, or `OTHER_LANE`. */
  key: string;
  label: string;
  y: number;
  height: number;
}

export interface RoadmapNode {
  /** A course: its plan node's id. Milestones: `milestones:<lane>:<column>`. */
  id: string;
  kind: 'course' | 'milestones';
  /** The plan nodes it stands for (one course, or the milestones grouped in it), ordered by id. */
  planNodeIds: string[];
  courseId: string | null;
  /** The course's title, or "Mentoring or on the job" for a group of milestones. */
  title: string;
  /** The title as the node shows it, line by line (`titleLineBreaks`); its height fits them. */
  titleLines: string[];
  /** For milestones: each milestone's skill name (or its own label for a free milestone), in chip order. */
  items: string[];
  chips: RoadmapChip[];
  /** Courses: the step's status; milestones: 'done' when all are, 'in_progress' when any is, else 'planned' (or 'skipped' when all are). */
  status: PlanNodeStatus;
  start: string | null;
  end: string | null;
  lane: string;
  column: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Placed by hand (from `pinned`). */
  pinned: boolean;
}

export interface RoadmapEdge {
  id: string;
  source: string;
  target: string;
}

export interface RoadmapBand {
  startsOn: string;
  endsOn: string;
  label: string;
  x: number;
  width: number;
}

export interface Roadmap {
  granularity: RoadmapGranularity;
  columns: RoadmapColumn[];
  lanes: RoadmapLane[];
  nodes: RoadmapNode[];
  edges: RoadmapEdge[];
  blackouts: RoadmapBand[];
  /** The whole drawing, lane labels and column headers included. */
  width: number;
  height: number;
}
