import { z } from 'zod';
import { DEFAULT_MILESTONE_HOURS_PER_LEVEL } from '../planning/plan-effort';

export const PAPER_SIZES = ['A4', 'Letter'] as const;

const budgetAmount = z
  .number({ error: 'A budget must be a number.' })
  .finite()
  .min(0, 'A budget cannot be negative.')
  .max(100_000_000, 'A budget is at most 100,000,000.')
  .nullable();
const budgetHours = z
  .number({ error: 'Budgeted hours must be a number.' })
  .finite()
  .min(0, 'Budgeted hours cannot be negative.')
  .max(1_000_000, 'Budgeted hours are at most 1,000,000.')
  .nullable();

/** The team's learning budget the overview measures planned hours and spend against (null: no budget set). */
export const learningBudget = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/, 'Currency is a three-letter code such as USD.'),
    quarterAmount: budgetAmount,
    yearAmount: budgetAmount,
    quarterHours: budgetHours,
    yearHours: budgetHours,
  })
  .strict();
export type LearningBudget = z.infer<typeof learningBudget>;

export const settings = z.object({
  /** Ratings older than this many months are shown as stale. */
  staleAfterMonths: z
    .number({ error: 'Months until a rating is stale must be a number.' })
    .int('Months until a rating is stale are a whole number.')
    .min(1, 'A rating becomes stale after 1 month at the earliest.')
    .max(120, 'A rating becomes stale after 120 months at the latest.'),
  /** Paper size for PDF export; null until the user picks one (then the system locale decides). */
  paperSize: z.enum(PAPER_SIZES).nullable(),
  /** Readiness at or above this share counts as ready; at or above `nearlyReadyAt` as nearly ready. */
  readyAt: z.number({ error: 'Ready at must be a percentage.' }).min(0, 'Ready at is 0 % or more.').max(1, 'Ready at is 100 % at most.'),
  nearlyReadyAt: z
    .number({ error: 'Nearly ready at must be a percentage.' })
    .min(0, 'Nearly ready at is 0 % or more.')
    .max(1, 'Nearly ready at is 100 % at most.'),
  /** Effort of a mentoring or on-the-job milestone: hours per level it closes. */
  milestoneHoursPerLevel: z
    .number({ error: 'Hours per level must be a number.' })
    .min(0, 'Hours per level cannot be negative.')
    .max(500, 'Hours per level are at most 500.'),
  budget: learningBudget,
});
export type Settings = z.infer<typeof settings>;

export const DEFAULT_SETTINGS: Settings = {
  staleAfterMonths: 18,
  paperSize: null,
  readyAt: 0.9,
  nearlyReadyAt: 0.7,
  milestoneHoursPerLevel: DEFAULT_MILESTONE_HOURS_PER_LEVEL,
  budget: { currency: 'USD', quarterAmount: null, yearAmount: null, quarterHours: null, yearHours: null },
};

export const settingsPatch = settings
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'Name at least one setting to change.');
export type SettingsPatch = z.infer<typeof settingsPatch>;
