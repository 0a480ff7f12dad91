import { z } from 'zod';
import { entityId } from '../../domain/ids';

/** What a manager asks for: a budget per quarter or year, a horizon, whom to plan and what matters most. */
export const teamPlanRequest = z
  .object({
    budget: z
      .object({
        amount: z.number({ error: 'The budget must be a number.' }).finite().min(0, 'The budget cannot be negative.').max(1e9, 'The budget is at most 1,000,000,000.'),
        currency: z.string().regex(/^[A-Z]{3}$/, 'Currency is a three-letter code such as USD.'),
        per: z.enum(['quarter', 'year'], { error: 'The budget is per quarter or per year.' }),
      })
      .strict(),
    horizonMonths: z.number().int('Months are a whole number.').min(1, 'Plan at least one month ahead.').max(36, 'Plan at most 36 months ahead.').default(12),
    /** Default: every member with a target role. */
    memberIds: z.array(entityId).min(1, 'Choose at least one member.').max(1000).optional(),
    /** readiness: gain per unit spent; critical: critical gaps first; coverage: the team's blind spots first. */
    priority: z.enum(['readiness', 'critical', 'coverage'], { error: 'Priority is readiness, critical or coverage.' }).default('readiness'),
    /** Shared-class prices quoted for instructor-led courses: one class for up to `seats` members at `price`. */
    cohortOffers: z
      .array(
        z
          .object({
            courseId: entityId,
            price: z.number().finite().min(0, 'A class price cannot be negative.'),
            seats: z.number().int('Seats are a whole number.').min(2, 'A shared class has at least 2 seats.').max(1000),
          })
          .strict(),
      )
      .max(200)
      .default([]),
  })
  .strict();
export type TeamPlanRequest = z.output<typeof teamPlanRequest>;

const period = z.string();
export const teamPlanResult = z.object({
  today: z.string(),
  method: z.enum(['exact', 'heuristic']),
  priority: z.enum(['readiness', 'critical', 'coverage']),
  budget: z.object({ amount: z.number(), currency: z.string(), per: z.enum(['quarter', 'year']) }),
  periods: z.array(z.object({ label: period, start: z.string(), end: z.string() })),
  members: z.array(
    z.object({
      memberId: entityId,
      name: z.string(),
      roleName: z.string(),
      readinessBefore: z.number(),
      readinessAfter: z.number(),
      hours: z.number(),
      capacityHours: z.number(),
      cost: z.number(),
      courses: z.array(z.object({ courseId: entityId, title: z.string(), period, hours: z.number(), cost: z.number(), shared: z.boolean() })),
      /** The variant written by `plans.applyTeam`. */
      planId: entityId.optional(),
    }),
  ),
  spend: z.array(z.object({ period, amount: z.number(), currency: z.string() })),
  sharedClasses: z.array(
    z.object({
      courseId: entityId,
      title: z.string(),
      period,
      memberIds: z.array(entityId),
      classes: z.number().int(),
      cost: z.number(),
      saved: z.number(),
      session: z.object({ start: z.string(), end: z.string() }).nullable(),
    }),
  ),
  saved: z.number(),
  /**
   * Instructor-led courses that two or more planned members' candidates include: where a cohort offer can book
   * them into one class. `seatPrice` is the catalog's price of one seat in the budget's currency (null: no price).
   */
  sharedCandidates: z.array(
    z.object({ courseId: entityId, title: z.string(), format: z.string(), memberIds: z.array(entityId), seatPrice: z.number().nullable() }),
  ),
  unplaced: z.array(
    z.object({
      memberId: entityId,
      skill: entityId,
      skillName: z.string(),
      required: z.number().int(),
      reached: z.number().int(),
      reason: z.enum(['budget', 'hours', 'no-course', 'unpriced', 'other-currency']),
      courseIds: z.array(entityId),
    }),
  ),
  blindSpots: z.array(z.object({ skill: entityId, skillName: z.string(), level: z.number().int(), closed: z.boolean() })),
  readinessGained: z.number(),
  totalSpend: z.number(),
  /** How long the solve took on the host (ms), and whether members' candidates came from the cache. */
  timing: z.object({ ms: z.number(), cachedMembers: z.number().int(), computedMembers: z.number().int() }),
});
export type TeamPlanResult = z.infer<typeof teamPlanResult>;
