import type { Db } from '../open';

export interface Named {
  id: string;
  name: string;
}

/** Who outside the catalog depends on a role, skill or course: team members, their plans and ratings. */
export function catalogUsageRepository(db: Db) {
  const now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
  const targeting = db.prepare('SELECT id, name FROM members WHERE target_role_id = ? ORDER BY name COLLATE NOCASE');
  const currentRole = db.prepare('SELECT id, name FROM members WHERE current_role_id = ? ORDER BY name COLLATE NOCASE');
  const plansForRole = db.prepare('SELECT COUNT(*) AS n FROM plans WHERE target_role_id = ?');
  const retarget = db.prepare(`UPDATE members SET target_role_id = ?, updated_at = ${now} WHERE target_role_id = ?`);
  const clearCurrent = db.prepare(`UPDATE members SET current_role_id = NULL, updated_at = ${now} WHERE current_role_id = ?`);
  const retargetPlans = db.prepare('UPDATE plans SET target_role_id = ? WHERE target_role_id = ?');
  // A milestone may stand for a skill (a later migration adds the column); it counts as a use too.
  const hasMilestoneSkill =
    db.prepare("SELECT 1 FROM pragma_table_info('plan_nodes') WHERE name = 'milestone_skill_id'").get() !== undefined;
  const plansWithSkill = db.prepare(`SELECT DISTINCT p.id, p.name, m.name AS memberName
    FROM plan_nodes n JOIN plans p ON p.id = n.plan_id JOIN members m ON m.id = p.member_id
    WHERE n.skill_id = @skill ${hasMilestoneSkill ? 'OR n.milestone_skill_id = @skill' : ''}
    ORDER BY m.name COLLATE NOCASE, p.name`);
  const ratings = db.prepare('SELECT COUNT(*) AS n FROM ratings WHERE skill_id = ?');
  const courseSteps = db.prepare('SELECT COUNT(*) AS steps, COUNT(DISTINCT plan_id) AS plans FROM plan_nodes WHERE course_id = ?');

  const count = (statement: ReturnType<Db['prepare']>, id: string) => (statement.get(id) as { n: number }).n;

  return {
    membersTargeting: (roleId: string) => targeting.all(roleId) as Named[],
    membersInRole: (roleId: string) => currentRole.all(roleId) as Named[],
    plansTargeting: (roleId: string) => count(plansForRole, roleId),
    /** Moves members and plans aimed at one role to another (or, for plans and current roles, to none). */
    releaseRole(roleId: string, reassignTo: string | null) {
      const reassigned = reassignTo ? retarget.run(reassignTo, roleId).changes : 0;
      clearCurrent.run(roleId);
      retargetPlans.run(reassignTo, roleId);
      return reassigned;
    },
    plansWithSkill: (skillId: string) =>
      plansWithSkill.all({ skill: skillId }) as { id: string; name: string; memberName: string }[],
    ratingsOfSkill: (skillId: string) => count(ratings, skillId),
    planStepsOfCourse: (courseId: string) => courseSteps.get(courseId) as { steps: number; plans: number },
  };
}
