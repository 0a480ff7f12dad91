/**
 * Imported frameworks do not flood the comparisons: by default the heatmap, the coverage and the role pickers show
 * the roles someone on the team targets (and, for the heatmap, only their skills). The others are one choice away.
 * With nobody targeting any role (a new team) every role is in focus, so the screens are never empty for that.
 */
export interface RoleFocus<R> {
  shown: R[];
  /** How many roles nobody targets are left out (0 when every role is shown). */
  hidden: number;
}

export function rolesInFocus<R extends { id: string }>(
  roles: readonly R[],
  members: readonly { targetRoleId: string | null }[],
  showAll: boolean,
): RoleFocus<R> {
  const targeted = new Set(members.map((m) => m.targetRoleId).filter((id): id is string => id !== null));
  const focus = roles.filter((r) => targeted.has(r.id));
  if (showAll || focus.length === 0) return { shown: [...roles], hidden: 0 };
  return { shown: focus, hidden: roles.length - focus.length };
}
