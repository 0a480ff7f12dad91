import type { plansOperations } from '../../../shared/api/operations/plans';
import { courseRatingsService } from '../../services/plans/course-ratings';
import { planGenerationService } from '../../services/plans/plan-generation-service';
import { plansService } from '../../services/plans/plans-service';
import { teamBudgetService } from '../../services/plans/team-budget-service';
import { teamPathsService } from '../../services/plans/team-paths';
import type { ApiContext, HandlersFor } from './types';

export function plansHandlers({ db }: ApiContext): HandlersFor<typeof plansOperations> {
  const plans = plansService(db);
  const generation = planGenerationService(db);
  const team = teamPathsService(db);
  const courseRatings = courseRatingsService(db);
  const teamBudget = teamBudgetService(db);
  return {
    'plans.team': () => team.overview(),
    'plans.workspace': ({ memberId, planId }) => plans.workspace(memberId, planId),
    'plans.generate': (request) => generation.generate(request),
    'plans.save': (changes) => plans.save(changes),
    'plans.create': ({ memberId, name, copyFromPlanId }) => plans.create(memberId, name, copyFromPlanId),
    'plans.update': ({ planId, ...patch }) => plans.update(planId, patch),
    'plans.activate': ({ planId }) => plans.activate(planId),
    'plans.delete': ({ planId }) => plans.delete(planId),
    'plans.recordCourseRatings': ({ memberId, courseId, ratedOn }) => courseRatings.record(memberId, courseId, ratedOn),
    'plans.generateTeam': (request) => teamBudget.generate(request),
    'plans.applyTeam': (request) => teamBudget.apply(request),
    'blackouts.save': ({ memberId, periods }) => plans.saveBlackouts(memberId, periods),
  };
}
