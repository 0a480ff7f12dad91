import type { Db } from '../../../db/open';
import { NameIndex } from './cells';

export interface Named {
  id: string;
  name: string;
}

/** The catalog and team rows a CSV file may point at, indexed by id and by name. */
export function loadLookups(db: Db) {
  const named = (sql: string) => db.prepare(sql).all() as Named[];
  return {
    skills: new NameIndex(named('SELECT id, name FROM skills'), (s) => s.name),
    roles: new NameIndex(named('SELECT id, name FROM roles'), (r) => r.name),
    members: new NameIndex(named('SELECT id, name FROM members'), (m) => m.name),
    categories: new NameIndex(named('SELECT id, name FROM skill_categories'), (c) => c.name),
  };
}
export type Lookups = ReturnType<typeof loadLookups>;
