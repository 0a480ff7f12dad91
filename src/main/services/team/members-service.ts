import { newId } from '../../../shared/domain/ids';
import { matchesSearch } from '../../../shared/domain/search';
import { memberDraft, type Member } from '../../../shared/domain/team';
import type { z } from 'zod';
import { membersRepository } from '../../db/repositories/members';
import { rolesRepository } from '../../db/repositories/roles';
import type { Db } from '../../db/open';
import { DomainError } from '../errors';

export function membersService(db: Db) {
  const members = membersRepository(db);
  const roles = rolesRepository(db);

  function checkRole(field: 'currentRoleId' | 'targetRoleId', id: string | null) {
    if (id !== null && !roles.get(id)) {
      throw new DomainError('INVALID_INPUT', `The role “${id}” does not exist; pick a role from the catalog.`, {
        fields: [{ path: [field], message: 'Unknown role.' }],
      });
    }
  }

  return {
    list(search?: string) {
      return members.list().filter((m) => matchesSearch(search, m.name, m.title));
    },
    create(draft: z.output<typeof memberDraft>): Member {
      return db.transaction(() => {
        checkRole('currentRoleId', draft.currentRoleId);
        checkRole('targetRoleId', draft.targetRoleId);
        const member: Member = { ...draft, id: newId('member'), isDemo: false };
        members.insert(member);
        return member;
      })();
    },
  };
}
