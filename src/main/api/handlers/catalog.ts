import type { catalogOperations } from '../../../shared/api/operations/catalog';
import { catalogService } from '../../services/catalog/catalog-service';
import { catalogUpdateNotice } from '../../services/catalog/catalog-update';
import type { ApiContext, HandlersFor } from './types';

export function catalogHandlers({ db }: ApiContext): HandlersFor<typeof catalogOperations> {
  const { roles, skills, courses, ...catalog } = catalogService(db);
  const updateNotice = catalogUpdateNotice(db);
  return {
    'catalog.summary': () => catalog.summary(),
    'catalog.updateNotice': () => updateNotice.current(),
    'catalog.dismissUpdateNotice': () => updateNotice.dismiss(),
    'categories.list': () => catalog.listCategories(),

    'roles.list': ({ search }) => roles.list(search),
    'roles.get': ({ id }) => roles.get(id),
    'roles.create': (draft) => roles.create(draft),
    'roles.update': (input) => roles.update(input),
    'roles.setRequirements': (input) => roles.setRequirements(input),
    'roles.setRequirementLevels': (input) => roles.setRequirementLevels(input),
    'roles.setArchived': (input) => roles.setArchived(input),
    'roles.duplicate': ({ id, name }) => roles.duplicate(id, name),
    'roles.usage': ({ id }) => roles.usage(id),
    'roles.delete': ({ id, reassignTo }) => roles.delete(id, reassignTo),

    'skills.list': (filters) => skills.list(filters),
    'skills.get': ({ id }) => skills.get(id),
    'skills.create': (draft) => skills.create(draft),
    'skills.update': (input) => skills.update(input),
    'skills.setPrerequisites': (input) => skills.setPrerequisites(input),
    'skills.usage': ({ id }) => skills.usage(id),
    'skills.delete': ({ id, removeUses }) => skills.delete(id, removeUses),

    'courses.list': (filters) => courses.list(filters),
    'courses.facets': () => courses.facets(),
    'courses.get': ({ id }) => courses.get(id),
    'courses.create': (draft) => courses.create(draft),
    'courses.update': (input) => courses.update(input),
    'courses.delete': ({ id }) => courses.delete(id),
  };
}
