import type { catalogOperations } from '../../../shared/api/operations/catalog';
import { catalogService } from '../../services/catalog/catalog-service';
import type { ApiContext, HandlersFor } from './types';

export function catalogHandlers({ db }: ApiContext): HandlersFor<typeof catalogOperations> {
  const catalog = catalogService(db);
  return {
    'categories.list': () => catalog.listCategories(),
    'roles.list': ({ search }) => catalog.listRoles(search),
    'roles.get': ({ id }) => catalog.getRole(id),
    'skills.list': ({ search }) => catalog.listSkills(search),
    'courses.list': ({ search }) => catalog.listCourses(search),
  };
}
