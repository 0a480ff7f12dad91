import type { Importance, TargetLevel } from '../../../../shared/domain/proficiency';
import type { RoleProfile } from '../../../../shared/planning/role-fit';

export interface SheetRow {
  skillId: string;
  /** 'role': required by the member's target role; 'other': rated before, or added to the sheet by hand. */
  section: 'role' | 'other';
  required: TargetLevel | null;
  importance: Importance | null;
}

/**
 * The skill sheet's rows: the target role's skills first (most important first, as the role lists them),
 * then the other skills the member has ratings for (catalog order), then skills added by hand (as added).
 */
export function sheetRows(
  role: RoleProfile | undefined,
  rated: Iterable<string>,
  added: readonly string[],
  catalogOrder: readonly string[],
): SheetRow[] {
  const rows: SheetRow[] = (role?.requirements ?? []).map((q) => ({
    skillId: q.skill,
    section: 'role',
    required: q.level,
    importance: q.importance,
  }));
  const seen = new Set(rows.map((r) => r.skillId));
  const ratedSet = new Set(rated);
  const other = (skillId: string): SheetRow => ({ skillId, section: 'other', required: null, importance: null });
  for (const id of catalogOrder) {
    if (ratedSet.has(id) && !seen.has(id)) {
      rows.push(other(id));
      seen.add(id);
    }
  }
  for (const id of added) {
    if (!seen.has(id)) {
      rows.push(other(id));
      seen.add(id);
    }
  }
  return rows;
}
