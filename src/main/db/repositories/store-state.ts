import type { Db } from '../open';

/**
 * A stamp that changes whenever the store's rows change: this connection's own writes (total_changes) and any
 * other connection's commits (data_version). Work read from a copy of the store is only written when the stamp
 * is still the one taken with the copy.
 */
export function storeStateRepository(db: Db) {
  const changes = db.prepare('SELECT total_changes() AS n');
  return {
    stamp: () => `${(changes.get() as { n: number }).n}:${db.pragma('data_version', { simple: true }) as number}`,
  };
}
