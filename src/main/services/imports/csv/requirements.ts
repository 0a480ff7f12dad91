import type { RoleRequirement } from '../../../../shared/domain/catalog';
import type { Db } from '../../../db/open';
import { catalogChangesRepository } from '../../../db/repositories/catalog-changes';
import { importRowsRepository } from '../../../db/repositories/import-rows';
import { importanceCell, levelCell } from './cells';
import type { EntityImporter, ReadContext } from './entity-importer';

interface RequirementPlan {
  role: string;
  roleName: string;
  skillName: string;
  requirement: RoleRequirement;
  stored: RoleRequirement | undefined;
}

/** Role requirements: one row per (role, skill), added or updated in place. */
export function requirementsImporter(db: Db, ctx: ReadContext): EntityImporter<RequirementPlan> {
  const rows = importRowsRepository(db);
  const changes = catalogChangesRepository(db);
  const stored = new Map<string, RoleRequirement>();
  for (const r of rows.requirements()) stored.set(`${r.role}\u0000${r.skill}`, { skill: r.skill, level: r.level, importance: r.importance });

  return {
    read(row) {
      const role = row.required('role', 'Role is required.', (t) => ({ ok: true, value: ctx.values.entry(row, 'role', 'role', t) }));
      const skill = row.required('skill', 'Skill is required.', (t) => ({ ok: true, value: ctx.values.entry(row, 'skill', 'skill', t) }));
      const level = row.required('level', 'Level is required (1 to 5).', (t) => levelCell(t, 1));
      const importance = row.has('importance') ? row.value('importance', importanceCell(row.text('importance'))) : 2;
      if (!role || !skill || level === undefined || importance === undefined || row.problemCount > 0) return null;
      const requirement = { skill: skill.id, level, importance } as RoleRequirement;
      return { role: role.id, roleName: role.name, skillName: skill.name, requirement, stored: stored.get(`${role.id}\u0000${skill.id}`) };
    },
    key: (p) => `${p.role}\u0000${p.requirement.skill}`,
    describe: (p) => `the requirement of “${p.roleName}” for “${p.skillName}”`,
    isNew: (p) => !p.stored,
    notes: () => [],
    write(plans) {
      const tally = { added: 0, updated: 0, unchanged: 0 };
      const touched = new Set<string>();
      for (const p of plans) {
        if (p.stored && p.stored.level === p.requirement.level && p.stored.importance === p.requirement.importance) {
          tally.unchanged++;
          continue;
        }
        rows.upsertRequirement(p.role, p.requirement);
        tally[p.stored ? 'updated' : 'added']++;
        touched.add(p.role);
      }
      changes.edited('role', touched);
      return tally;
    },
  };
}
