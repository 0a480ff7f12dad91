import { newId } from '../../../shared/domain/ids';
import { matchesSearch } from '../../../shared/domain/search';
import { memberDraft, type Member } from '../../../shared/domain/team';
import type { z } from 'zod';
import { comparisonCatalogRepository } from '../../db/repositories/comparison-catalog';
import { membersRepository } from '../../db/repositories/members';
import { ratingsRepository } from '../../db/repositories/ratings';
import type { Db } from '../../db/open';
import { checkUnchangedSince, DomainError, notFound } from '../errors';

type Draft = z.output<typeof memberDraft>;

export function membersService(db: Db) {
  const members = membersRepository(db);
  const ratings = ratingsRepository(db);
  const catalog = comparisonCatalogRepository(db);

  function checkRole(field: 'currentRoleId' | 'targetRoleId', id: string | null) {
    if (id !== null && !catalog.roleExists(id)) {
      throw new DomainError('INVALID_INPUT', `The role “${id}” does not exist; pick a role from the catalog.`, {
        fields: [{ path: [field], message: 'Unknown role.' }],
      });
    }
  }

  function existing(id: string): Member {
    const found = members.get(id);
    if (!found) throw notFound('Team member', id);
    return found;
  }

  return {
    list(search?: string) {
      return members.list().filter((m) => matchesSearch(search, m.name, m.title));
    },
    get: existing,
    create(draft: Draft): Member {
      return db.transaction(() => {
        checkRole('currentRoleId', draft.currentRoleId);
        checkRole('targetRoleId', draft.targetRoleId);
        const id = newId('member');
        members.insert({ ...draft, id, isDemo: false });
        return existing(id);
      })();
    },
    update(change: Draft & { id: string; version: number }): Member {
      return db.transaction(() => {
        const before = existing(change.id);
        checkUnchangedSince('Team member', before.name, before.version, change.version);
        checkRole('currentRoleId', change.currentRoleId);
        checkRole('targetRoleId', change.targetRoleId);
        members.update(change);
        return existing(change.id);
      })();
    },
    delete(id: string) {
      return db.transaction(() => {
        const member = existing(id);
        const ratingsDeleted = ratings.countForMember(id);
        members.delete(id);
        return { id, name: member.name, ratingsDeleted };
      })();
    },
    /** Removes the demo team shipped with the first-run data, whatever was done to it since. */
    removeDemo() {
      return db.transaction(() => ({ removed: members.deleteDemo() }))();
    },
  };
}
