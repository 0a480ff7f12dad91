import { solveExact, TEAM_EXACT_LIMIT } from './exact';
import { solveHeuristic } from './heuristic';
import type { TeamModel, TeamSolution } from './model';

/**
 * The heuristic always runs (its answer is the exact search's first incumbent); up to `exactLimit` items the
 * branch and bound then proves or improves it. When the exact search runs out of steps the heuristic's answer
 * stands and `method` says 'heuristic'.
 */
export function solveTeam(model: TeamModel, exactLimit = TEAM_EXACT_LIMIT): TeamSolution {
  const heuristic = solveHeuristic(model);
  if (model.items.length > exactLimit) return heuristic;
  return solveExact(model, heuristic) ?? heuristic;
}
