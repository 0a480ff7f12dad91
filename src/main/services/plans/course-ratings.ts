import { ratingsRepository } from '../../db/repositories/ratings';
import type { Db } from '../../db/open';
import { DomainError, notFound } from '../errors';
import { localToday } from '../team/clock';
import { planningFacts } from './planning-facts';
import { futureRatingProblem } from '../../../shared/domain/team';

/**
 * Completing a course: the levels it teaches become ratings of source "course" (validated, so they count over
 * self ratings). Only skills the course raises are recorded, so a course never lowers a member's level.
 */
export function courseRatingsService(db: Db, today: () => string = localToday) {
  const facts = planningFacts(db, today);
  const ratings = ratingsRepository(db);
  return {
    record(memberId: string, courseId: string, ratedOn: string) {
      return db.transaction(() => {
        facts.member(memberId);
        const course = facts.catalog.courses().find((c) => c.id === courseId);
        if (!course) throw notFound('Course', courseId);
        const future = futureRatingProblem(ratedOn, today());
        if (future) {
          throw new DomainError('INVALID_INPUT', future, {
            fields: [{ path: ['ratedOn'], message: 'The date is in the future.' }],
          });
        }
        const current = facts.currentLevels(memberId);
        const recorded = course.teaches
          .filter((t) => t.level > (current.get(t.skill) ?? 0))
          .map((t) => {
            ratings.insert({ memberId, skillId: t.skill, level: t.level, source: 'course', ratedOn, evidence: `Completed “${course.title}”` });
            return { skillId: t.skill, level: t.level, previous: current.get(t.skill) ?? 0 };
          });
        return { recorded };
      })();
    },
  };
}
