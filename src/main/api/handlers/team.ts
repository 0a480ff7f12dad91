import type { teamOperations } from '../../../shared/api/operations/team';
import { membersService } from '../../services/team/members-service';
import type { ApiContext, HandlersFor } from './types';

export function teamHandlers({ db }: ApiContext): HandlersFor<typeof teamOperations> {
  const members = membersService(db);
  return {
    'members.list': ({ search }) => members.list(search),
    'members.create': (draft) => members.create(draft),
  };
}
