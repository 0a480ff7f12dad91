import type { OperationOutput } from '../../../../shared/api/contract';
import { write } from '../../data';
import { useNotices } from '../../store/notices';

/**
 * Archives a role or brings it back, from the roles list or the role's page. A refusal (members target the role;
 * it changed elsewhere) is shown in the error banner with the API's words, which name the members.
 */
export async function setRoleArchived(
  role: { id: string; name: string; version: number },
  archived: boolean,
): Promise<OperationOutput<'roles.setArchived'> | null> {
  try {
    return await write('roles.setArchived', { id: role.id, archived, version: role.version });
  } catch (error) {
    useNotices.getState().report(archived ? `Archiving “${role.name}”` : `Bringing back “${role.name}”`, error);
    return null;
  }
}
