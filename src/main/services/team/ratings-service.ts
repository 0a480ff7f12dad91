import type { z } from 'zod';
import { futureRatingProblem, ratingDraft, type Rating } from '../../../shared/domain/team';
import { staleRatings, teamLevels } from '../../../shared/planning/team-levels';
import { comparisonCatalogRepository } from '../../db/repositories/comparison-catalog';
import { membersRepository } from '../../db/repositories/members';
import { ratingsRepository } from '../../db/repositories/ratings';
import type { Db } from '../../db/open';
import { DomainError, notFound } from '../errors';
import { settingsService } from '../settings-service';
import { localToday } from './clock';

type Draft = z.output<typeof ratingDraft>;

export function ratingsService(db: Db, today: () => string = localToday) {
  const ratings = ratingsRepository(db);
  const members = membersRepository(db);
  const catalog = comparisonCatalogRepository(db);
  const settings = settingsService(db);

  return {
    history(memberId: string): Rating[] {
      if (!members.get(memberId)) throw notFound('Team member', memberId);
      return ratings.forMember(memberId);
    },
    /** Records every rating or none: one unknown skill or future date refuses the whole batch. */
    add(drafts: Draft[]): Rating[] {
      return db.transaction(() => {
        const now = today();
        const checkedMembers = new Set<string>();
        return drafts.map((r, i) => {
          if (!checkedMembers.has(r.memberId)) {
            if (!members.get(r.memberId)) throw notFound('Team member', r.memberId);
            checkedMembers.add(r.memberId);
          }
          if (!catalog.skillExists(r.skillId)) {
            throw new DomainError('INVALID_INPUT', `The skill “${r.skillId}” is not in the catalog; rate a skill the catalog lists.`, {
              fields: [{ path: ['ratings', i, 'skillId'], message: 'Unknown skill.' }],
            });
          }
          const future = futureRatingProblem(r.ratedOn, now);
          if (future) {
            throw new DomainError('INVALID_INPUT', future, {
              fields: [{ path: ['ratings', i, 'ratedOn'], message: 'The date is in the future.' }],
            });
          }
          return ratings.insert(r);
        });
      })();
    },
    delete(id: number) {
      return db.transaction(() => {
        if (!ratings.get(id)) throw notFound('Rating', String(id));
        return { deleted: ratings.delete(id) };
      })();
    },
    /** The effective ratings that have gone stale, oldest first, with names to show. */
    stale() {
      return db.transaction(() => {
        const { staleAfterMonths } = settings.get();
        const memberNames = new Map(members.list().map((m) => [m.id, m.name]));
        const skillNames = new Map(catalog.skills().map((s) => [s.id, s.name]));
        return staleRatings(teamLevels(ratings.all(), today(), staleAfterMonths)).map((s) => ({
          ...s,
          memberName: memberNames.get(s.memberId) ?? s.memberId,
          skillName: skillNames.get(s.skillId) ?? s.skillId,
        }));
      })();
    },
  };
}
