import type { TeamSnapshot } from '../../../shared/api/operations/team';
import { comparisonCatalogRepository } from '../../db/repositories/comparison-catalog';
import { membersRepository } from '../../db/repositories/members';
import { ratingsRepository } from '../../db/repositories/ratings';
import type { Db } from '../../db/open';
import { settingsService } from '../settings-service';
import { localToday } from './clock';

/** One consistent read of everything the comparisons need; the renderer computes from it with src/shared/planning. */
export function teamSnapshot(db: Db, today: () => string = localToday): TeamSnapshot {
  const catalog = comparisonCatalogRepository(db);
  return db.transaction(() => ({
    today: today(),
    settings: settingsService(db).get(),
    members: membersRepository(db).list(),
    ratings: ratingsRepository(db).all(),
    roles: catalog.roles(),
    skills: catalog.skills(),
    categories: catalog.categories(),
  }))();
}
