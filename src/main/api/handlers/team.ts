import type { teamOperations } from '../../../shared/api/operations/team';
import { membersService } from '../../services/team/members-service';
import { ratingsService } from '../../services/team/ratings-service';
import { teamSnapshot } from '../../services/team/team-snapshot';
import type { ApiContext, HandlersFor } from './types';

export function teamHandlers({ db }: ApiContext): HandlersFor<typeof teamOperations> {
  const members = membersService(db);
  const ratings = ratingsService(db);
  return {
    'members.list': ({ search }) => members.list(search),
    'members.get': ({ id }) => members.get(id),
    'members.create': (draft) => members.create(draft),
    'members.update': (change) => members.update(change),
    'members.delete': ({ id }) => members.delete(id),
    'members.removeDemo': () => members.removeDemo(),
    'ratings.list': ({ memberId }) => ratings.history(memberId),
    'ratings.add': ({ ratings: drafts }) => ratings.add(drafts),
    'ratings.delete': ({ id }) => ratings.delete(id),
    'ratings.stale': () => ratings.stale(),
    'team.snapshot': () => teamSnapshot(db),
  };
}
