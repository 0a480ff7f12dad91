import { addDays, format, subMonths } from 'date-fns';
import { z } from 'zod';
import { entityId } from '../../../shared/domain/ids';
import { proficiencyLevel } from '../../../shared/domain/proficiency';
import { memberDraft, RATING_SOURCES } from '../../../shared/domain/team';
import demoTeamJson from '../../../../resources/catalog/demo-team.json';
import { comparisonCatalogRepository } from '../../db/repositories/comparison-catalog';
import { membersRepository } from '../../db/repositories/members';
import { ratingsRepository } from '../../db/repositories/ratings';
import type { Db } from '../../db/open';
import { localToday } from './clock';

/** [skill, level, source, months ago, evidence]: dates count back from the day the data file is created. */
const demoRating = z.tuple([entityId, proficiencyLevel, z.enum(RATING_SOURCES), z.number().int().min(0).max(120), z.string()]);

export const demoTeamSchema = z.object({
  about: z.string(),
  members: z
    .array(
      memberDraft.omit({ startDate: true }).extend({
        id: entityId,
        /** The plan starts this many days after the data file is created; null: not set. */
        startInDays: z.number().int().min(0).max(365).nullable(),
        ratings: z.array(demoRating).min(1),
      }),
    )
    .min(6)
    .max(8),
});
export type DemoTeam = z.output<typeof demoTeamSchema>;

export function loadDemoTeam(): DemoTeam {
  const parsed = demoTeamSchema.safeParse(demoTeamJson);
  if (!parsed.success) throw new Error(`resources/catalog/demo-team.json is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const day = (date: Date) => format(date, 'yyyy-MM-dd');

/**
 * Adds the demo team (marked is_demo, removable in one action) in one transaction. Called on first run
 * only, right after the embedded catalog is loaded, so a removed demo team never comes back. A reference
 * the catalog no longer has is left out rather than refusing to open the data file; the embedded data's
 * unit test keeps the two in step.
 */
export function seedDemoTeam(db: Db, team: DemoTeam = loadDemoTeam(), today: string = localToday()): { members: number; ratings: number } {
  const catalog = comparisonCatalogRepository(db);
  const members = membersRepository(db);
  const ratings = ratingsRepository(db);
  const base = new Date(`${today}T12:00:00`);
  const role = (id: string | null) => (id !== null && catalog.roleExists(id) ? id : null);
  return db.transaction(() => {
    let count = 0;
    for (const m of team.members) {
      const { ratings: demoRatings, startInDays, ...fields } = m;
      members.insert({
        ...fields,
        currentRoleId: role(m.currentRoleId),
        targetRoleId: role(m.targetRoleId),
        startDate: startInDays === null ? null : day(addDays(base, startInDays)),
        isDemo: true,
      });
      for (const [skillId, level, source, monthsAgo, evidence] of demoRatings) {
        if (!catalog.skillExists(skillId)) continue;
        ratings.insert({ memberId: m.id, skillId, level, source, ratedOn: day(subMonths(base, monthsAgo)), evidence });
        count++;
      }
    }
    return { members: team.members.length, ratings: count };
  })();
}
