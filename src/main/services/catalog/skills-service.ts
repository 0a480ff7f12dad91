import type { z } from 'zod';
import type { SkillAtLevel } from '../../../shared/domain/catalog';
import type { prerequisitesUpdate, skillDraft, skillUpdate } from '../../../shared/domain/catalog-edits';
import { skillMatches, type skillFilters } from '../../../shared/domain/catalog-filters';
import { newId } from '../../../shared/domain/ids';
import { cycleIfAdded, describeCycle, type Edge } from '../../../shared/planning/graph';
import { skillNeighbourhood } from '../../../shared/planning/skill-neighbourhood';
import { catalogChangesRepository } from '../../db/repositories/catalog-changes';
import { catalogUsageRepository } from '../../db/repositories/catalog-usage';
import { categoriesRepository } from '../../db/repositories/categories';
import { coursesRepository } from '../../db/repositories/courses';
import { rolesRepository } from '../../db/repositories/roles';
import { skillsRepository } from '../../db/repositories/skills';
import type { Db } from '../../db/open';
import { checkUnchangedSince, DomainError, notFound } from '../errors';
import { checkSkillsExist, describeCounts, fieldRefusal } from './refusals';

export function skillsService(db: Db) {
  const skills = skillsRepository(db);
  const categories = categoriesRepository(db);
  const roles = rolesRepository(db);
  const courses = coursesRepository(db);
  const usageOf = catalogUsageRepository(db);
  const changes = catalogChangesRepository(db);

  function existing(id: string) {
    const skill = skills.get(id);
    if (!skill) throw notFound('Skill', id);
    return skill;
  }

  function checkFields(s: { id?: string; name: string; category: string }) {
    const taken = skills.nameTakenBy(s.name, s.id);
    if (taken) {
      throw fieldRefusal(['name'], `A skill named “${s.name}” already exists; give this one another name.`, 'CONFLICT');
    }
    if (!categories.get(s.category)) {
      throw fieldRefusal(['category'], `There is no skill category “${s.category}”; pick one from the list.`);
    }
  }

  /** Refuses prerequisites that are missing, the skill itself, or that would close a loop in the graph. */
  function checkPrerequisites(id: string, name: string, prerequisites: readonly SkillAtLevel[]) {
    checkSkillsExist(prerequisites, 'prerequisites', skills.exists);
    const names = skills.names();
    const nameOf = (skillId: string) => (skillId === id ? name : (names.get(skillId)?.name ?? skillId));
    // An edge reads "from is needed before to"; the skill's current prerequisites are being replaced.
    const edges: Edge[] = skills
      .links()
      .filter((l) => l.skill !== id)
      .map((l) => ({ from: l.requires, to: l.skill }));
    prerequisites.forEach((p, i) => {
      if (p.skill === id) {
        throw fieldRefusal(['prerequisites', i, 'skill'], `“${name}” cannot require itself.`, 'CONFLICT');
      }
      const cycle = cycleIfAdded(edges, p.skill, id);
      if (cycle) {
        const message =
          `“${name}” cannot require “${nameOf(p.skill)}”: that would make a cycle, ` +
          `${describeCycle(cycle, nameOf)}. Remove one of those prerequisites first.`;
        throw new DomainError('CONFLICT', message, {
          fields: [{ path: ['prerequisites', i, 'skill'], message }],
          cycle,
        });
      }
      edges.push({ from: p.skill, to: id });
    });
  }

  function page(id: string) {
    const skill = existing(id);
    const names = skills.names();
    const graph = skillNeighbourhood(id, skills.links());
    return {
      ...skill,
      requires: skills.requires(id),
      unlocks: skills.unlocks(id),
      roles: roles.requiring(id),
      taughtBy: courses.teaching(id),
      neededBy: courses.requiring(id),
      graph: {
        nodes: graph.nodes.map((n) => ({ id: n, name: names.get(n)?.name ?? n, category: names.get(n)?.category ?? '' })),
        links: graph.links,
        truncated: graph.truncated,
      },
    };
  }

  function usage(id: string) {
    existing(id);
    const named = (list: { id: string; name: string }[]) => list.map(({ id: i, name }) => ({ id: i, name }));
    return {
      roles: named(roles.requiring(id)),
      coursesTeaching: courses.teaching(id).map(({ id: i, title }) => ({ id: i, title })),
      coursesRequiring: courses.requiring(id).map(({ id: i, title }) => ({ id: i, title })),
      skillsRequiring: skills.unlocks(id).map(({ skill, name }) => ({ id: skill, name })),
      plans: usageOf.plansWithSkill(id),
      ratings: usageOf.ratingsOfSkill(id),
    };
  }

  return {
    list(filters: z.output<typeof skillFilters>) {
      return skills.list().filter((s) => skillMatches(s, filters));
    },
    get: page,
    create(draft: z.output<typeof skillDraft>) {
      return db.transaction(() => {
        checkFields(draft);
        const id = newId('skill');
        checkPrerequisites(id, draft.name, draft.prerequisites);
        skills.insert({ ...draft, id }, 'user');
        skills.insertPrerequisites({ id, prerequisites: draft.prerequisites });
        return page(id);
      })();
    },
    update(input: z.output<typeof skillUpdate>) {
      return db.transaction(() => {
        const before = existing(input.id);
        checkUnchangedSince('Skill', before.name, before.version, input.version);
        checkFields(input);
        skills.update({ ...input });
        if (before.name !== input.name || before.category !== input.category || before.description !== input.description ||
          JSON.stringify(before.refs) !== JSON.stringify(input.refs)) {
          changes.edited('skill', [input.id]);
        }
        return page(input.id);
      })();
    },
    setPrerequisites({ id, prerequisites }: z.output<typeof prerequisitesUpdate>) {
      return db.transaction(() => {
        const skill = existing(id);
        checkPrerequisites(id, skill.name, prerequisites);
        skills.replacePrerequisites({ id, prerequisites });
        changes.edited('skill', [id]);
        return page(id);
      })();
    },
    usage,
    /** Deletes a skill. When anything uses it, only on confirmation (removeUses), and then with those uses. */
    delete(id: string, removeUses: boolean) {
      return db.transaction(() => {
        const skill = existing(id);
        const uses = usage(id);
        const courseIds = [...uses.coursesTeaching, ...uses.coursesRequiring].map((c) => c.id);
        const summary = describeCounts([
          [uses.roles.length, 'role', 'roles'],
          [new Set(courseIds).size, 'course', 'courses'],
          [uses.skillsRequiring.length, 'other skill', 'other skills'],
          [uses.plans.length, 'learning plan', 'learning plans'],
          [uses.ratings, 'rating', 'ratings'],
        ]);
        if (summary && !removeUses) {
          throw new DomainError(
            'CONFLICT',
            `“${skill.name}” is used by ${summary}. Confirm to delete it together with those uses.`,
            { usage: uses },
          );
        }
        // The roles, courses and skills that lose a link were changed by the user too.
        changes.edited('role', uses.roles.map((r) => r.id));
        changes.edited('course', courseIds);
        changes.edited('skill', uses.skillsRequiring.map((s) => s.id));
        changes.deleted('skill', skill);
        skills.delete(id);
        return { deleted: id, removed: uses };
      })();
    },
  };
}
