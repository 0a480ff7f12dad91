import { useEffect, useId, useState } from 'react';
import type { OperationOutput } from '../../../../shared/api/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { plural } from '../../components/plural';
import { useRoles, write } from '../../data';
import { fetchForPage } from '../../store/catalog';
import { useNotices } from '../../store/notices';

type Usage = OperationOutput<'roles.usage'>;

/** Asks before deleting a role, saying who depends on it; members aiming for it must be given another role. */
export function DeleteRoleDialog({
  role,
  onOpenChange,
  onDeleted,
}: {
  /** The role to delete; null keeps the dialog closed. */
  role: { id: string; name: string } | null;
  onOpenChange: (open: boolean) => void;
  onDeleted?: () => void;
}) {
  // Members move to a role in use: archived roles are not offered.
  const roles = useRoles().rows.filter((r) => !r.archived);
  const change = write;
  // Both belong to the role they were made for; another role starts afresh.
  const [fetched, setFetched] = useState<{ id: string; usage: Usage | null } | null>(null);
  const [choice, setChoice] = useState<{ id: string; reassignTo: string } | null>(null);
  const usage = fetched && role && fetched.id === role.id ? fetched.usage : null;
  const reassignTo = choice && role && choice.id === role.id ? choice.reassignTo : '';
  const setReassignTo = (value: string) => role && setChoice({ id: role.id, reassignTo: value });
  const selectId = useId();

  useEffect(() => {
    if (!role) return;
    let live = true;
    void fetchForPage('roles.usage', { id: role.id }, 'Checking who uses the role').then((u) => {
      if (live) setFetched({ id: role.id, usage: u });
    });
    return () => {
      live = false;
    };
  }, [role]);

  const mustMove = (usage?.targetOf.length ?? 0) > 0;

  async function confirm() {
    if (!role) return;
    try {
      await change('roles.delete', { id: role.id, ...(mustMove ? { reassignTo } : {}) });
      onDeleted?.();
    } catch (error) {
      useNotices.getState().report(`Deleting “${role.name}”`, error);
    }
  }

  const names = (list: { name: string }[]) => list.map((m) => m.name).join(', ');

  return (
    <ConfirmDialog
      open={role !== null}
      onOpenChange={onOpenChange}
      title={role ? `Delete “${role.name}”?` : 'Delete role?'}
      confirmLabel={mustMove ? 'Move members and delete' : 'Delete role'}
      destructive
      confirmDisabled={!usage || (mustMove && !reassignTo)}
      onConfirm={() => void confirm()}
    >
      {!usage ? (
        <p role="status">Checking who uses this role…</p>
      ) : (
        <>
          <p>The role and its requirement profile will be deleted. This cannot be undone.</p>
          {mustMove && (
            <div className="field">
              <p>
                {plural(usage.targetOf.length, 'member aims', 'members aim')} for this role: {names(usage.targetOf)}.
              </p>
              <label className="field__label" htmlFor={selectId}>
                Their new target role
              </label>
              <select id={selectId} className="input" value={reassignTo} onChange={(e) => setReassignTo(e.target.value)}>
                <option value="">Choose a role…</option>
                {roles
                  .filter((r) => r.id !== role?.id)
                  .map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
              </select>
            </div>
          )}
          {usage.currentRoleOf.length > 0 && (
            <p>
              It is the current role of {names(usage.currentRoleOf)}; their current role will be cleared.
            </p>
          )}
          {usage.plans > 0 && (
            <p>
              {plural(usage.plans, 'learning plan aims', 'learning plans aim')} at it;{' '}
              {mustMove ? 'they will aim at the new role.' : 'they will have no target role.'}
            </p>
          )}
        </>
      )}
    </ConfirmDialog>
  );
}
