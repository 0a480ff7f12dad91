import { z } from 'zod';
import { roleRequirement } from '../../domain/catalog';
import { entityId } from '../../domain/ids';
import {
  blackout,
  blackoutDraft,
  generationLimits,
  plan,
  planEdge,
  planName,
  planNodeDraft,
  planSummary,
  PLAN_NODE_STATUSES,
  roadmapPins,
} from '../../domain/plan';
import { member, RATING_SOURCES } from '../../domain/team';
import { isoDate } from '../../domain/text';
import { none, op } from './define';
import { teamPlanRequest, teamPlanResult } from './team-budget';

const planId = z.object({ planId: entityId }).strict();

/** Everything the path editor needs about one member, read in one transaction. */
export const pathWorkspace = z.object({
  /** The host's date (YYYY-MM-DD): the schedule starts here when the member has no start date. */
  today: z.string(),
  member,
  targetRole: z.object({ id: entityId, name: z.string(), requirements: z.array(roleRequirement) }).nullable(),
  /** The member's effective level per skill (skills never rated are at 0 and not listed). */
  levels: z.array(
    z.object({ skillId: entityId, level: z.number().int(), source: z.enum(RATING_SOURCES), ratedOn: z.string(), stale: z.boolean() }),
  ),
  blackouts: z.array(blackout),
  plans: z.array(planSummary),
  /** The plan asked for, else the active one; null when the member has none yet. */
  plan: plan.nullable(),
  /** Effort of a mentoring milestone per level it closes (Settings → Preferences). */
  milestoneHoursPerLevel: z.number(),
  /** Every team member's effective levels (sparse), for suggesting a milestone's mentor. */
  teammates: z.array(
    z.object({ memberId: entityId, name: z.string(), levels: z.array(z.object({ skillId: entityId, level: z.number().int() })) }),
  ),
});
export type PathWorkspace = z.infer<typeof pathWorkspace>;

/** A save carries only what changed since the last one the editor saw succeed. */
export const planChanges = z
  .object({
    planId: entityId,
    /** Grows with every edit (the editor's clock): a save older than the newest applied one is not applied. */
    stamp: z.number().int().nonnegative(),
    upsertNodes: z.array(planNodeDraft).max(5000).default([]),
    deleteNodeIds: z.array(entityId).max(5000).default([]),
    upsertEdges: z.array(planEdge).max(20000).default([]),
    deleteEdgeIds: z.array(entityId).max(20000).default([]),
    /** When given: the roadmap positions placed by hand now (all of them; replaces the stored ones). */
    roadmapPins: roadmapPins.optional(),
  })
  .strict();

/** A money total as `sumMoney` (src/shared/reports/money.ts) makes it: per currency, unknown prices apart. */
const currencyAmount = z.object({ currency: z.string().nullable(), amount: z.number() });
export const moneyTotal = z.object({
  published: z.array(currencyAmount),
  assumed: z.array(currencyAmount),
  assumedTitles: z.array(z.string()),
  unpricedTitles: z.array(z.string()),
  itemCount: z.number().int(),
});

export const scheduleTotals = z.object({
  totalHours: z.number(),
  /** totalHours = studyHours + examHours + milestoneHours. */
  studyHours: z.number(),
  examHours: z.number(),
  milestoneHours: z.number(),
  remainingHours: z.number(),
  /** What the plan's courses cost (skipped ones left out). */
  money: moneyTotal,
  finishDate: z.string().nullable(),
  problem: z.enum(['no-hours', 'cycle', 'too-long']).nullable(),
});

export const teamPaths = z.object({
  today: z.string(),
  members: z.array(
    z.object({
      memberId: entityId,
      name: z.string(),
      title: z.string(),
      weeklyHours: z.number(),
      targetRoleName: z.string().nullable(),
      plan: planSummary.nullable(),
      variantCount: z.number().int(),
      /** Periods without learning (drawn on the timeline). */
      blackouts: z.array(blackout),
      totals: scheduleTotals.nullable(),
      bars: z.array(
        z.object({
          nodeId: entityId,
          courseId: entityId,
          title: z.string(),
          provider: z.string(),
          start: z.string().nullable(),
          end: z.string().nullable(),
          hours: z.number(),
          cost: z.number().nullable(),
          currency: z.string().nullable(),
          status: z.enum(PLAN_NODE_STATUSES),
        }),
      ),
      /** Mentoring milestones with effort, on the same axis as the courses. */
      milestones: z.array(
        z.object({
          nodeId: entityId,
          label: z.string(),
          start: z.string().nullable(),
          end: z.string().nullable(),
          hours: z.number(),
          status: z.enum(PLAN_NODE_STATUSES),
        }),
      ),
    }),
  ),
  /** Scheduled hours and the cost of courses starting, per month (YYYY-MM) and per quarter (YYYY-Qn). */
  months: z.array(z.object({ month: z.string(), hours: z.number(), money: moneyTotal })),
  quarters: z.array(z.object({ quarter: z.string(), hours: z.number(), money: moneyTotal })),
  /** Every active plan's courses together (the team's budget). */
  money: moneyTotal,
});
export type TeamPaths = z.infer<typeof teamPaths>;

export const plansOperations = {
  'plans.team': op(none, teamPaths, 'Every member with their active plan’s schedule, and the team’s hours and cost per month and quarter.'),
  'plans.workspace': op(
    z.object({ memberId: entityId, planId: entityId.nullable().default(null) }).strict(),
    pathWorkspace,
    'A member’s levels, target role, blackout periods, plans and one plan’s graph.',
  ),
  'plans.generate': op(
    z
      .object({
        memberId: entityId,
        planId: entityId.nullable().default(null),
        limits: generationLimits,
        /** replace: the generated graph replaces the plan's; merge: manual nodes and progress are kept. */
        mode: z.enum(['replace', 'merge']).default('replace'),
      })
      .strict(),
    plan,
    'Generate a plan from the member’s gaps for their target role (creating the plan if needed).',
  ),
  'plans.save': op(
    planChanges,
    z.object({ applied: z.boolean(), saveStamp: z.number(), updatedAt: z.string() }),
    'Save the changes made to a plan’s graph since the last save.',
  ),
  'plans.create': op(
    z.object({ memberId: entityId, name: planName, copyFromPlanId: entityId.nullable().default(null) }).strict(),
    plan,
    'Add a named plan variant for a member (empty, or a copy of another plan).',
  ),
  'plans.update': op(
    z
      .object({
        planId: entityId,
        name: planName.optional(),
        maxParallel: z.number().int().min(1, 'At least one course runs at a time.').max(6, 'At most 6 courses run at once.').optional(),
      })
      .strict()
      .refine((u) => u.name !== undefined || u.maxParallel !== undefined, 'Give a new name or a number of parallel courses.'),
    planSummary.extend({ maxParallel: z.number().int() }),
    'Rename a plan or change how many courses run at once.',
  ),
  'plans.activate': op(planId, z.array(planSummary), 'Make a plan the member’s active one.'),
  'plans.delete': op(
    planId,
    z.object({ deletedName: z.string(), activePlanId: entityId.nullable() }),
    'Delete a plan variant (another becomes active if it was).',
  ),
  'plans.recordCourseRatings': op(
    z.object({ memberId: entityId, courseId: entityId, ratedOn: isoDate }).strict(),
    z.object({ recorded: z.array(z.object({ skillId: entityId, level: z.number().int(), previous: z.number().int() })) }),
    'Record the levels a completed course teaches as ratings of source “course” (only those above the member’s level).',
  ),
  'plans.generateTeam': op(
    teamPlanRequest,
    teamPlanResult,
    'Plan the whole team within a budget per quarter or year: who takes what, when, and what did not fit (writes nothing).',
  ),
  'plans.applyTeam': op(
    teamPlanRequest,
    teamPlanResult,
    'Plan the team as plans.generateTeam does and write each member’s courses as a new plan variant (one transaction; nothing overwritten).',
  ),
  'blackouts.save': op(
    z.object({ memberId: entityId, periods: z.array(blackoutDraft).max(200) }).strict(),
    z.array(blackout),
    'Replace a member’s blackout periods (no learning is scheduled in them).',
  ),
};
