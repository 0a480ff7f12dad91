/**
 * Imported frameworks do not flood the comparisons: by default the heatmap, the coverage and the role pickers show
 * the roles someone on the team targets (and, for the heatmap, only their skills). The others are one choice away.
 * With nobody targeting any role (a new team) every role is in focus, so the screens are never empty for that.
 *
 * Archived roles (`roles.setArchived`) are out of every list until asked for: "show all" brings back the roles
 * nobody targets, not the archived ones. A role someone targets cannot be archived; should one be targeted anyway
 * (set before it was archived elsewhere, or from a restore), it stays in focus rather than silently disappear.
 */
export interface RoleFocus<R> {
  shown: R[];
  /** How many roles are left out (0 when every role is shown). */
  hidden: number;
}

type FocusRole = { id: string; archived?: boolean };

export function rolesInFocus<R extends FocusRole>(
  roles: readonly R[],
  members: readonly { targetRoleId: string | null }[],
  showAll: boolean,
  keep: readonly (string | null | undefined)[] = [],
): RoleFocus<R> {
  const targeted = new Set(members.map((m) => m.targetRoleId).filter((id): id is string => id !== null));
  const kept = new Set(keep.filter((id): id is string => typeof id === 'string'));
  const inView = roles.filter((r) => !r.archived || targeted.has(r.id) || kept.has(r.id));
  const focus = inView.filter((r) => targeted.has(r.id) || kept.has(r.id));
  if (showAll || focus.length === 0 || targeted.size === 0) return { shown: inView, hidden: 0 };
  return { shown: focus, hidden: inView.length - focus.length };
}

/**
 * The roles a picker offers when any role may be chosen (a member's target role, where members move when a role is
 * deleted): every role that is not archived, plus the ones already chosen; the archived ones when asked for.
 */
export function unarchivedRoles<R extends FocusRole>(
  roles: readonly R[],
  showArchived: boolean,
  keep: readonly (string | null | undefined)[] = [],
): RoleFocus<R> {
  if (showArchived) return { shown: [...roles], hidden: 0 };
  const kept = new Set(keep.filter((id): id is string => typeof id === 'string'));
  const shown = roles.filter((r) => !r.archived || kept.has(r.id));
  return { shown, hidden: roles.length - shown.length };
}

/**
 * The skills a catalog list shows by default: those the roles in focus require, and those no role requires (the
 * user's own, prerequisites). Left out: skills only roles out of focus require (an imported work role's statements).
 */
export function skillsInFocus<S extends { requiredBy: readonly string[] }>(skills: readonly S[], rolesShown: readonly { id: string }[]): RoleFocus<S> {
  const inFocus = new Set(rolesShown.map((r) => r.id));
  const shown = skills.filter((s) => s.requiredBy.length === 0 || s.requiredBy.some((id) => inFocus.has(id)));
  return { shown, hidden: skills.length - shown.length };
}
