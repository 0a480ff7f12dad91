import type { RoleRequirement } from '../domain/catalog';
import { biggestGaps } from './gaps';
import {
  readinessBand,
  roleFit,
  sameReadiness,
  type LevelsBySkill,
  type ReadinessBand,
  type ReadinessThresholds,
  type RequirementFit,
  type RoleFit,
} from './readiness';

/** A role with its requirement profile, as the comparisons need it. */
export interface RoleProfile {
  id: string;
  name: string;
  requirements: readonly RoleRequirement[];
}

export interface RoleRanking {
  roleId: string;
  roleName: string;
  fit: RoleFit;
  band: ReadinessBand;
  /** The three biggest gaps (see biggestGaps). */
  topGaps: RequirementFit[];
}

/**
 * “Best fit”: every role ranked by the member's readiness, highest first. Equal readiness goes to the role
 * with fewer levels still to learn, then by role name; roles without requirements come last.
 */
export function rankRoles(
  roles: readonly RoleProfile[],
  levels: LevelsBySkill,
  thresholds: ReadinessThresholds,
  skillName: (skillId: string) => string,
): RoleRanking[] {
  return roles
    .map((role) => {
      const fit = roleFit(role.requirements, levels);
      return {
        roleId: role.id,
        roleName: role.name,
        fit,
        band: readinessBand(fit.readiness, thresholds),
        topGaps: biggestGaps(fit, skillName, 3),
      };
    })
    .sort((a, b) => {
      const ra = a.fit.readiness;
      const rb = b.fit.readiness;
      if (!sameReadiness(ra, rb)) {
        if (ra === null) return 1;
        if (rb === null) return -1;
        return rb - ra;
      }
      return a.fit.levelsShort - b.fit.levelsShort || a.roleName.localeCompare(b.roleName);
    });
}
