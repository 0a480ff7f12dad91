import { useMemo } from 'react';
import type { TeamSnapshot } from '../../../../shared/api/operations/team';
import type { Member } from '../../../../shared/domain/team';
import type { EffectiveLevel } from '../../../../shared/planning/effective-level';
import type { RoleProfile } from '../../../../shared/planning/role-fit';
import { teamLevels } from '../../../../shared/planning/team-levels';
import { useTeamSnapshot } from '../../data/reads';

type SkillRow = TeamSnapshot['skills'][number];
/** A role with its profile and whether it is archived (kept out of pickers and comparisons until asked for). */
type TeamRole = RoleProfile & { archived: boolean };

/** The snapshot with its lookups and every member's effective levels, computed once per change. */
export interface TeamModel {
  snapshot: TeamSnapshot;
  members: Member[];
  memberById: Map<string, Member>;
  roles: TeamRole[];
  roleById: Map<string, TeamRole>;
  skillById: Map<string, SkillRow>;
  categoryName: (categoryId: string) => string;
  skillName: (skillId: string) => string;
  memberName: (memberId: string) => string;
  levelsOf: (memberId: string) => ReadonlyMap<string, EffectiveLevel>;
  thresholds: { readyAt: number; nearlyReadyAt: number };
}

const NO_LEVELS: ReadonlyMap<string, EffectiveLevel> = new Map();

export function buildTeamModel(snapshot: TeamSnapshot): TeamModel {
  const memberById = new Map(snapshot.members.map((m) => [m.id, m]));
  const roleById = new Map(snapshot.roles.map((r) => [r.id, r]));
  const skillById = new Map(snapshot.skills.map((s) => [s.id, s]));
  const categories = new Map(snapshot.categories.map((c) => [c.id, c.name]));
  const levels = teamLevels(snapshot.ratings, snapshot.today, snapshot.settings.staleAfterMonths);
  return {
    snapshot,
    members: snapshot.members,
    memberById,
    roles: snapshot.roles,
    roleById,
    skillById,
    categoryName: (id) => categories.get(id) ?? id,
    skillName: (id) => skillById.get(id)?.name ?? id,
    memberName: (id) => memberById.get(id)?.name ?? id,
    levelsOf: (id) => levels.get(id) ?? NO_LEVELS,
    thresholds: { readyAt: snapshot.settings.readyAt, nearlyReadyAt: snapshot.settings.nearlyReadyAt },
  };
}

/** The team model, or null until the snapshot is loaded. */
export function useTeamModel(): TeamModel | null {
  const snapshot = useTeamSnapshot().data ?? null;
  return useMemo(() => (snapshot ? buildTeamModel(snapshot) : null), [snapshot]);
}
