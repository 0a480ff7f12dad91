import { z } from 'zod';
import { entityId } from '../../domain/ids';
import { PLAN_NODE_STATUSES } from '../../domain/plan';
import { none, op } from './define';
import { moneyTotal } from './plans';

const amount = z.object({ currency: z.string().nullable(), amount: z.number() });

const budgetUse = z.object({
  currency: z.string(),
  amount: z.number().nullable(),
  spent: z.number(),
  spentShare: z.number().nullable(),
  overSpend: z.boolean(),
  hours: z.number().nullable(),
  hoursShare: z.number().nullable(),
  overHours: z.boolean(),
  otherCurrencies: z.array(amount),
  assumed: z.array(amount),
  unpricedTitles: z.array(z.string()),
});

const periodUse = z.object({ label: z.string(), hours: z.number(), money: moneyTotal, budget: budgetUse });

/** The manager's first screen: computed by `buildOverview` (src/shared/overview) from the snapshot and the schedules. */
export const teamOverview = z.object({
  today: z.string(),
  setup: z.object({ members: z.number().int(), rated: z.number().int(), withTarget: z.number().int(), withPlan: z.number().int() }),
  readiness: z.array(
    z.object({
      memberId: entityId,
      name: z.string(),
      roleId: entityId,
      roleName: z.string(),
      readiness: z.number().nullable(),
      band: z.enum(['ready', 'nearly-ready', 'not-ready', 'unmeasured']),
      trend: z.array(z.object({ on: z.string(), readiness: z.number().nullable() })),
      change: z.number().nullable(),
    }),
  ),
  plans: z.array(
    z.object({
      memberId: entityId,
      name: z.string(),
      planId: entityId.nullable(),
      state: z.enum(['on-track', 'behind', 'finished', 'no-plan']),
      late: z.array(
        z.object({
          nodeId: entityId,
          title: z.string(),
          kind: z.enum(['course', 'milestone']),
          status: z.enum(PLAN_NODE_STATUSES),
          reason: z.enum(['not-started', 'overdue']),
          date: z.string(),
        }),
      ),
      finishDate: z.string().nullable(),
    }),
  ),
  quarter: periodUse,
  year: periodUse,
  stale: z.array(z.object({ memberId: entityId, name: z.string(), count: z.number().int(), oldest: z.string() })),
  staleAfterMonths: z.number().int(),
  upcoming: z.array(
    z.object({
      on: z.string(),
      what: z.enum(['starts', 'due']),
      kind: z.enum(['course', 'milestone']),
      memberId: entityId,
      name: z.string(),
      planId: entityId,
      nodeId: entityId,
      title: z.string(),
    }),
  ),
});

export const overviewOperations = {
  'overview.team': op(
    none,
    teamOverview,
    'Readiness and its trend, plans on track or behind, hours and spend against the budget, stale ratings, the next 30 days.',
  ),
};
