import type { overviewOperations } from '../../../shared/api/operations/overview';
import { overviewService } from '../../services/overview/overview-service';
import type { ApiContext, HandlersFor } from './types';

export function overviewHandlers({ db }: ApiContext): HandlersFor<typeof overviewOperations> {
  const overview = overviewService(db);
  return {
    'overview.team': () => overview.team(),
  };
}
