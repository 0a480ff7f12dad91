import type { z } from 'zod';
import type { RoleRequirement } from '../../../shared/domain/catalog';
import type { requirementsUpdate, roleDraft, roleUpdate } from '../../../shared/domain/catalog-edits';
import { newId } from '../../../shared/domain/ids';
import {
  requirementsToChange,
  type requirementLevelsUpdate,
  type roleArchiveUpdate,
} from '../../../shared/domain/requirement-levels';
import { matchesSearch } from '../../../shared/domain/search';
import { catalogChangesRepository } from '../../db/repositories/catalog-changes';
import { catalogUsageRepository } from '../../db/repositories/catalog-usage';
import { rolesRepository } from '../../db/repositories/roles';
import { skillsRepository } from '../../db/repositories/skills';
import type { Db } from '../../db/open';
import { checkUnchangedSince, DomainError, notFound } from '../errors';
import { checkSkillsExist, describeCounts, fieldRefusal } from './refusals';

export function rolesService(db: Db) {
  const roles = rolesRepository(db);
  const skills = skillsRepository(db);
  const usageOf = catalogUsageRepository(db);
  const changes = catalogChangesRepository(db);

  function existing(id: string) {
    const role = roles.get(id);
    if (!role) throw notFound('Role', id);
    return role;
  }

  function checkName(name: string, exceptId?: string) {
    if (roles.nameTakenBy(name, exceptId)) {
      throw fieldRefusal(['name'], `A role named “${name}” already exists; give this one another name.`, 'CONFLICT');
    }
  }

  /** “Copy of X”, or “Copy of X (2)” and so on when that name is taken. */
  function copyName(name: string): string {
    const base = `Copy of ${name}`.slice(0, 190);
    let candidate = base;
    for (let n = 2; roles.nameTakenBy(candidate); n++) candidate = `${base} (${n})`;
    return candidate;
  }

  function insertNew(draft: Omit<z.output<typeof roleDraft>, 'requirements'>, requirements: readonly RoleRequirement[]) {
    checkName(draft.name);
    checkSkillsExist(requirements, 'requirements', skills.exists);
    const id = newId('role');
    roles.insert({ ...draft, id, requirements: [...requirements] }, 'user');
    return existing(id);
  }

  /** “3 members (Ada, Bo, Cy)” or “5 members (Ada, Bo, Cy and 2 more)”. */
  function whoTargets(members: readonly { name: string }[]) {
    const names = members.map((m) => m.name);
    const who = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
    return `${describeCounts([[names.length, 'member', 'members']])} (${who})`;
  }

  function usage(id: string) {
    existing(id);
    return {
      targetOf: usageOf.membersTargeting(id),
      currentRoleOf: usageOf.membersInRole(id),
      plans: usageOf.plansTargeting(id),
    };
  }

  return {
    list(search?: string) {
      return roles.list().filter((r) => matchesSearch(search, r.name, r.summary, ...r.responsibilities));
    },
    get: existing,
    create(draft: z.output<typeof roleDraft>) {
      return db.transaction(() => insertNew(draft, draft.requirements))();
    },
    update(input: z.output<typeof roleUpdate>) {
      return db.transaction(() => {
        const before = existing(input.id);
        checkUnchangedSince('Role', before.name, before.version, input.version);
        checkName(input.name, input.id);
        roles.update(input);
        changes.edited('role', [input.id]);
        return existing(input.id);
      })();
    },
    setRequirements({ id, requirements }: z.output<typeof requirementsUpdate>) {
      return db.transaction(() => {
        existing(id);
        checkSkillsExist(requirements, 'requirements', skills.exists);
        roles.replaceRequirements(id, requirements);
        changes.edited('role', [id]);
        return existing(id);
      })();
    },
    duplicate(id: string, name?: string) {
      return db.transaction(() => {
        const source = existing(id);
        const { origin: _origin, userModified: _modified, id: _id, requirements, ...fields } = source;
        return insertNew(
          { ...fields, name: name ?? copyName(source.name) },
          requirements.map(({ skill, level, importance }) => ({ skill, level, importance })),
        );
      })();
    },
    usage,
    /**
     * Archives a role (kept, with its requirements and plans, but out of lists, pickers and comparisons until asked
     * for) or brings it back. A role someone targets is not archived: it would vanish from their screens, so the
     * refusal names them. Not an edit of the role's content, so a later re-import still updates it.
     */
    setArchived({ id, archived, version }: z.output<typeof roleArchiveUpdate>) {
      return db.transaction(() => {
        const role = existing(id);
        checkUnchangedSince('Role', role.name, role.version, version);
        if (archived && !role.archived) {
          const targetOf = usageOf.membersTargeting(id);
          if (targetOf.length > 0) {
            throw new DomainError(
              'CONFLICT',
              `“${role.name}” is the target role of ${whoTargets(targetOf)}, so it stays in view. ` +
                'Give them another target role first, then archive it.',
              { usage: { targetOf } },
            );
          }
        }
        if (archived !== role.archived) roles.setArchived(id, archived);
        return existing(id);
      })();
    },
    /**
     * Sets the level and/or importance of every requirement of a role picked by NICE statement type or by skill
     * category, in one transaction. Answers the profile before the change too, so the change can be undone by
     * putting it back (`roles.setRequirements`).
     */
    setRequirementLevels({ id, select, level, importance }: z.output<typeof requirementLevelsUpdate>) {
      return db.transaction(() => {
        const before = existing(id);
        const change = requirementsToChange(before.requirements, select, { level, importance });
        const changed = roles.setRequirementLevels(id, change.map((q) => q.skill), { level, importance });
        if (changed > 0) changes.edited('role', [id]);
        return {
          role: existing(id),
          changed,
          before: before.requirements.map(({ skill, level, importance }) => ({ skill, level, importance })),
        };
      })();
    },
    /**
     * Deletes a role. Refused while members target it, unless they are moved to `reassignTo` in the same
     * action; members who hold it as their current role lose it, plans aimed at it follow the reassignment.
     */
    delete(id: string, reassignTo?: string) {
      return db.transaction(() => {
        const role = existing(id);
        const uses = usage(id);
        if (reassignTo !== undefined) {
          if (reassignTo === id) {
            throw fieldRefusal(['reassignTo'], `Members cannot be moved to “${role.name}”, the role being deleted; pick another role.`);
          }
          if (!roles.get(reassignTo)) {
            throw fieldRefusal(['reassignTo'], `There is no role “${reassignTo}” to move the members to; pick another role.`);
          }
        } else if (uses.targetOf.length > 0) {
          throw new DomainError(
            'CONFLICT',
            `“${role.name}” is the target role of ${whoTargets(uses.targetOf)}. ` +
              'Choose another role for them in the same step, then delete.',
            { fields: [{ path: ['reassignTo'], message: 'Choose the role these members will aim for instead.' }], usage: uses },
          );
        }
        const reassigned = usageOf.releaseRole(id, reassignTo ?? null);
        changes.deleted('role', role);
        roles.delete(id);
        return { deleted: id, reassigned };
      })();
    },
  };
}
