import type { z } from 'zod';
import type { courseDraft, courseUpdate } from '../../../shared/domain/catalog-edits';
import type { courseFilters } from '../../../shared/domain/catalog-filters';
import { newId } from '../../../shared/domain/ids';
import { matchesSearch } from '../../../shared/domain/search';
import { catalogChangesRepository } from '../../db/repositories/catalog-changes';
import { catalogUsageRepository } from '../../db/repositories/catalog-usage';
import { coursesRepository } from '../../db/repositories/courses';
import { skillsRepository } from '../../db/repositories/skills';
import type { Db } from '../../db/open';
import { checkUnchangedSince, notFound } from '../errors';
import { checkSkillsExist, fieldRefusal } from './refusals';

type Draft = z.output<typeof courseDraft>;

export function coursesService(db: Db) {
  const courses = coursesRepository(db);
  const skills = skillsRepository(db);
  const usageOf = catalogUsageRepository(db);
  const changes = catalogChangesRepository(db);

  function detail(id: string) {
    const course = courses.get(id);
    if (!course) throw notFound('Course', id);
    return { ...course, plans: usageOf.planStepsOfCourse(id).plans };
  }

  function check(c: Draft, id?: string) {
    if (courses.titleTakenBy(c.title, c.provider, id)) {
      throw fieldRefusal(
        ['title'],
        `${c.provider} already has a course titled “${c.title}” in the catalog; change the title or edit that course.`,
        'CONFLICT',
      );
    }
    checkSkillsExist(c.teaches, 'teaches', skills.exists);
    checkSkillsExist(c.requires, 'requires', skills.exists);
  }

  return {
    list({ search, ...columns }: z.output<typeof courseFilters>) {
      const rows = courses.list(columns);
      return search ? rows.filter((c) => matchesSearch(search, c.title, c.provider)) : rows;
    },
    facets: () => courses.facets(),
    get: detail,
    create(draft: Draft) {
      return db.transaction(() => {
        check(draft);
        const id = newId('course');
        courses.insert({ ...draft, id }, 'user');
        return detail(id);
      })();
    },
    update(input: z.output<typeof courseUpdate>) {
      return db.transaction(() => {
        const before = detail(input.id);
        checkUnchangedSince('Course', before.title, before.version, input.version);
        check(input, input.id);
        courses.update(input);
        changes.edited('course', [input.id]);
        return detail(input.id);
      })();
    },
    /** Deletes a course; plan steps that schedule it go with it (the confirmation names how many). */
    delete(id: string) {
      return db.transaction(() => {
        const course = detail(id);
        const { steps } = usageOf.planStepsOfCourse(id);
        changes.deleted('course', { id, origin: course.origin, name: course.title });
        courses.delete(id);
        return { deleted: id, removedPlanSteps: steps };
      })();
    },
  };
}
