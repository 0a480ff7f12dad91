import { z } from 'zod';
import { skillAtLevel } from './catalog';
import { entityId } from './ids';
import { targetLevel } from './proficiency';
import { isoDate, optionalText, requiredName } from './text';

/** A learning plan is a graph per member: skills to reach, courses that teach them, milestones no course covers. */
export const PLAN_NODE_KINDS = ['skill', 'course', 'milestone'] as const;
export type PlanNodeKind = (typeof PLAN_NODE_KINDS)[number];

export const PLAN_NODE_STATUSES = ['planned', 'in_progress', 'done', 'skipped'] as const;
export type PlanNodeStatus = (typeof PLAN_NODE_STATUSES)[number];
export const STATUS_LABELS: Record<PlanNodeStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};

/** `order`: "do this before that" (drawn by the user or the generator); `prerequisite`: a catalog skill prerequisite. */
export const PLAN_EDGE_KINDS = ['order', 'prerequisite'] as const;
export type PlanEdgeKind = (typeof PLAN_EDGE_KINDS)[number];

/** Where a node came from: regenerating with "merge" keeps the manual ones. */
export const NODE_ORIGINS = ['generated', 'manual'] as const;
export type NodeOrigin = (typeof NODE_ORIGINS)[number];

const coordinate = z.number({ error: 'A position must be a number.' }).finite().min(-1e7).max(1e7);

const planNodeFields = z.object({
  id: entityId,
  kind: z.enum(PLAN_NODE_KINDS, { error: 'A node is a skill, a course or a milestone.' }),
  skillId: entityId.nullable().default(null),
  courseId: entityId.nullable().default(null),
  /** For a milestone: the skill it stands for (a gap no course closes); null for a free milestone. */
  milestoneSkillId: entityId.nullable().default(null),
  label: optionalText('Label', 300),
  x: coordinate,
  y: coordinate,
  status: z.enum(PLAN_NODE_STATUSES, { error: 'Status must be planned, in progress, done or skipped.' }).default('planned'),
  /** The level a skill or milestone node aims at. */
  targetLevel: targetLevel.nullable().default(null),
  note: optionalText('Note', 5000),
  origin: z.enum(NODE_ORIGINS).default('manual'),
});

function kindMatchesRefs(n: z.output<typeof planNodeFields>, ctx: z.RefinementCtx) {
  if ((n.kind === 'skill') !== (n.skillId !== null)) {
    ctx.addIssue({ code: 'custom', path: ['skillId'], message: 'A skill node names its skill; other nodes do not.' });
  }
  if ((n.kind === 'course') !== (n.courseId !== null)) {
    ctx.addIssue({ code: 'custom', path: ['courseId'], message: 'A course node names its course; other nodes do not.' });
  }
  if (n.kind !== 'milestone' && n.milestoneSkillId !== null) {
    ctx.addIssue({ code: 'custom', path: ['milestoneSkillId'], message: 'Only a milestone stands for a skill gap.' });
  }
}

/** A node as the editor saves it (dates are computed by the schedule, not saved by hand). */
export const planNodeDraft = planNodeFields.strict().superRefine(kindMatchesRefs);
export type PlanNodeDraft = z.output<typeof planNodeDraft>;

export const planNode = planNodeFields
  .extend({ startDate: isoDate.nullable(), endDate: isoDate.nullable() })
  .superRefine(kindMatchesRefs);
export type PlanNode = z.output<typeof planNode>;

export const planEdge = z
  .object({
    id: entityId,
    source: entityId,
    target: entityId,
    kind: z.enum(PLAN_EDGE_KINDS).default('order'),
  })
  .strict()
  .refine((e) => e.source !== e.target, { message: 'A step cannot come before itself.', path: ['target'] });
export type PlanEdge = z.output<typeof planEdge>;

export const PATH_OBJECTIVES = ['hours', 'cost'] as const;
export type PathObjective = (typeof PATH_OBJECTIVES)[number];

/** What "Generate from gaps" optimises and the limits it keeps to. */
export const generationLimits = z
  .object({
    objective: z.enum(PATH_OBJECTIVES, { error: 'Objective is fewest hours or lowest cost.' }).default('hours'),
    /** Total cost cap in `budgetCurrency`, or null for no cap. */
    budgetCap: z.number({ error: 'Budget must be a number.' }).finite().min(0, 'Budget cannot be negative.').nullable().default(null),
    /**
     * The currency of the cap and of assumed prices (ISO 4217). null: the one currency the catalog's priced
     * courses use; with several, generating under a cap asks for it. Courses priced in another currency cannot
     * be checked against the cap and are left out under it, named.
     */
    budgetCurrency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'Currency is a three-letter code such as USD.')
      .nullable()
      .default(null),
    freeOnly: z.boolean().default(false),
    excludedProviders: z.array(z.string().trim().min(1).max(200)).max(200).default([]),
    /**
     * Prices the user assumed for courses without a published price (course id → amount in `budgetCurrency`):
     * such a course is then considered under a cap and counted in totals as "assumed".
     */
    assumedPrices: z
      .record(entityId, z.number({ error: 'An assumed price must be a number.' }).finite().min(0, 'An assumed price cannot be negative.'))
      .refine((r) => Object.keys(r).length <= 500, 'At most 500 assumed prices.')
      .default({}),
  })
  .strict();
export type GenerationLimits = z.output<typeof generationLimits>;

/**
 * Roadmap steps the user placed by hand, by roadmap node id (a course's node id, or `milestones:<lane>:<column>`
 * for a group of milestones): the roadmap layout keeps them (src/shared/roadmap).
 */
export const roadmapPins = z
  .record(z.string().min(1).max(300), z.object({ x: coordinate, y: coordinate }).strict())
  .refine((r) => Object.keys(r).length <= 5000, 'At most 5,000 steps placed by hand.');
export type RoadmapPinsDraft = z.output<typeof roadmapPins>;

/** Stored per plan (the `constraints` column): generation limits, how the schedule runs courses, roadmap positions. */
export const planSettings = z
  .object({
    limits: generationLimits.default(generationLimits.parse({})),
    /** How many courses may run at once; the weekly hours are shared between them. */
    maxParallel: z.number().int().min(1, 'At least one course runs at a time.').max(6, 'At most 6 courses run at once.').default(1),
    roadmapPins: roadmapPins.default({}),
  })
  .strict();
export type PlanSettings = z.output<typeof planSettings>;
export const DEFAULT_PLAN_SETTINGS: PlanSettings = planSettings.parse({});

/** A period (holiday, project crunch) when a member does no learning. */
export const blackoutDraft = z
  .object({
    startsOn: isoDate,
    endsOn: isoDate,
    label: optionalText('Label', 200),
  })
  .strict()
  .refine((b) => b.endsOn >= b.startsOn, { message: 'A period ends on or after the day it starts.', path: ['endsOn'] });
export const blackout = z.object({ id: entityId, startsOn: isoDate, endsOn: isoDate, label: z.string() });
export type Blackout = z.output<typeof blackout>;

/**
 * Why a gap stays open after generation. `over-cap`, `unpriced`, `other-currency`, `excluded-provider` and
 * `free-only` say which limit left out the courses that teach it; `budget`: courses within the limits teach it
 * but the cap cannot pay for them with the rest of the plan. `limits` is only read from reports generated before
 * the reasons were told apart.
 */
export const OPEN_GAP_REASONS = [
  'no-course',
  'over-cap',
  'unpriced',
  'other-currency',
  'excluded-provider',
  'free-only',
  'budget',
  'unreachable',
  'limits',
] as const;
export type OpenGapReason = (typeof OPEN_GAP_REASONS)[number];
/** Why a course that teaches an open gap was left out by the limits. */
export const LEFT_OUT_REASONS = ['over-cap', 'unpriced', 'other-currency', 'excluded-provider', 'free-only'] as const satisfies readonly OpenGapReason[];
export type CourseLeftOutReason = (typeof LEFT_OUT_REASONS)[number];
export const OPEN_GAP_REASON_LABELS: Record<OpenGapReason, string> = {
  'no-course': 'no course in the catalog teaches it to this level',
  'over-cap': 'only courses priced above the budget cap teach it',
  unpriced: 'only courses without a published price teach it, and a budget cap is set (enter an assumed price to consider them)',
  'other-currency': 'only courses priced in another currency than the budget teach it',
  'excluded-provider': 'only courses from excluded providers teach it',
  'free-only': 'only paid courses teach it, and the plan is limited to free courses',
  budget: 'left open to stay within the budget',
  unreachable: 'the courses that teach it need each other first',
  limits: 'only courses outside the limits teach it',
};
/** The same reasons, short, to join for a gap several limits close off (“above the budget cap or from excluded providers”). */
export const LEFT_OUT_SHORT: Record<CourseLeftOutReason, string> = {
  'over-cap': 'priced above the budget cap',
  unpriced: 'without a published price (under a cap)',
  'other-currency': 'priced in another currency than the budget',
  'excluded-provider': 'from excluded providers',
  'free-only': 'paid (free courses only)',
};

export const NEED_ORIGINS = ['role', 'prerequisite', 'entry'] as const;
export type NeedOrigin = (typeof NEED_ORIGINS)[number];

/** What the last generation did: which search, what it closed, what it left open and why. */
export const generationReport = z.object({
  method: z.enum(['exact', 'heuristic']),
  candidateCount: z.number().int(),
  limits: generationLimits,
  closed: z.array(skillAtLevel.extend({ origin: z.enum(NEED_ORIGINS), courseIds: z.array(entityId) })),
  open: z.array(
    skillAtLevel.extend({
      origin: z.enum(NEED_ORIGINS),
      reason: z.enum(OPEN_GAP_REASONS),
      /** The courses that teach it but the limits left out, each with why (older reports: none). */
      leftOut: z.array(z.object({ courseId: entityId, reason: z.enum(LEFT_OUT_REASONS) })).default([]),
    }),
  ),
  /** Courses without a published or assumed price that would have helped, left out because a cap was set. */
  unpricedLeftOut: z.array(entityId).default([]),
  courseIds: z.array(entityId),
  totalHours: z.number(),
  generatedAt: z.string(),
});
export type GenerationReport = z.output<typeof generationReport>;

export const plan = z.object({
  id: entityId,
  memberId: entityId,
  name: z.string(),
  isActive: z.boolean(),
  targetRoleId: entityId.nullable(),
  settings: planSettings,
  nodes: z.array(planNode),
  edges: z.array(planEdge),
  updatedAt: z.string(),
  generatedAt: z.string().nullable(),
  editedSinceGeneration: z.boolean(),
  saveStamp: z.number(),
  generation: generationReport.nullable(),
});
export type Plan = z.output<typeof plan>;

export const planSummary = plan
  .pick({ id: true, memberId: true, name: true, isActive: true, targetRoleId: true, updatedAt: true, generatedAt: true })
  .extend({ nodeCount: z.number().int(), courseCount: z.number().int() });
export type PlanSummary = z.output<typeof planSummary>;

export const planName = requiredName('Plan name', 120);
