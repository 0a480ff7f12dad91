import { importRowsRepository, type NamedRow } from '../../../db/repositories/import-rows';
import type { Db } from '../../../db/open';
import { NameIndex } from './cells';

export type Named = NamedRow;

/** The catalog and team rows a CSV file may point at, indexed by id and by name. */
export function loadLookups(db: Db) {
  const rows = importRowsRepository(db);
  return {
    skills: new NameIndex(rows.named('skills')),
    roles: new NameIndex(rows.named('roles')),
    members: new NameIndex(rows.named('members')),
    categories: new NameIndex(rows.named('categories')),
  };
}
export type Lookups = ReturnType<typeof loadLookups>;
