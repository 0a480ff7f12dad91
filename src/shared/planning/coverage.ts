import type { ProficiencyLevel, TargetLevel } from '../domain/proficiency';
import { readinessBand, roleFit, type LevelsBySkill, type ReadinessThresholds } from './readiness';
import type { RoleProfile } from './role-fit';

export interface TeamMemberLevels {
  id: string;
  levels: LevelsBySkill;
}

export interface BlindSpot {
  skillId: string;
  required: TargetLevel;
  importance: number;
  /** The member closest to the required level (highest level, then first in the given order), if anyone is rated. */
  closest: { memberId: string; level: ProficiencyLevel } | null;
}

export interface RoleCoverage {
  roleId: string;
  roleName: string;
  /** False for a role without requirements: nobody can be measured against it. */
  measured: boolean;
  ready: string[];
  nearlyReady: string[];
  notReady: string[];
  /** Required skills that nobody on the team has at the required level: the team's blind spots. */
  blindSpots: BlindSpot[];
}

/**
 * For each role, how many of the team are ready (readiness ≥ readyAt), nearly ready (≥ nearlyReadyAt) or
 * not, whatever role they target, and which of its required skills nobody has at the required level.
 */
export function roleCoverage(
  roles: readonly RoleProfile[],
  members: readonly TeamMemberLevels[],
  thresholds: ReadinessThresholds,
): RoleCoverage[] {
  return roles.map((role) => {
    const coverage: RoleCoverage = {
      roleId: role.id,
      roleName: role.name,
      measured: role.requirements.length > 0,
      ready: [],
      nearlyReady: [],
      notReady: [],
      blindSpots: [],
    };
    if (!coverage.measured) return coverage;
    for (const m of members) {
      const band = readinessBand(roleFit(role.requirements, m.levels).readiness, thresholds);
      if (band === 'ready') coverage.ready.push(m.id);
      else if (band === 'nearly-ready') coverage.nearlyReady.push(m.id);
      else coverage.notReady.push(m.id);
    }
    for (const q of role.requirements) {
      let closest: BlindSpot['closest'] = null;
      for (const m of members) {
        const known = m.levels.get(q.skill);
        if (known && (!closest || known.level > closest.level)) closest = { memberId: m.id, level: known.level };
      }
      if (!closest || closest.level < q.level) {
        coverage.blindSpots.push({ skillId: q.skill, required: q.level, importance: q.importance, closest });
      }
    }
    return coverage;
  });
}
